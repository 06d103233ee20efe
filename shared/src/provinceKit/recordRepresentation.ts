import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import type { RegionCode } from '../regions/regionRegistry.ts';
import type { EvidenceKind } from '../standard/evidenceKinds.ts';
import { yuanToFen } from '../standard/money.ts';
import type { HeldRecord } from '../standard/standardRecord.ts';
import { RECORD_TYPE_NAMES, recordTypeDefs } from './recordTypeDefs.ts';

/**
 * Normalised records as they cross the federation inside an entity representation (the hub
 * @requires a province's records to aggregate them): the selection that asks for every field of
 * every record type, and the way back from the serialised form to a `HeldRecord`.
 */
const PROVENANCE = new Set(['recordId', 'kind', 'subjectId', 'region', 'holdingAuthority', 'updatedOn', '__typename']);

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

interface RecordTypes {
  readonly objects: ReadonlyMap<string, ObjectTypeDefinitionNode>;
  readonly implementations: readonly ObjectTypeDefinitionNode[];
}

let parsed: RecordTypes | undefined;

function recordTypes(): RecordTypes {
  if (!parsed) {
    const objects = new Map<string, ObjectTypeDefinitionNode>();
    for (const definition of parse(recordTypeDefs()).definitions) {
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) objects.set(definition.name.value, definition);
    }
    const implementations = [...objects.values()].filter((type) => type.interfaces?.some((face) => face.name.value === 'EvidenceRecord'));
    parsed = { objects, implementations };
  }
  return parsed;
}

function fieldSelection(field: FieldDefinitionNode, objects: ReadonlyMap<string, ObjectTypeDefinitionNode>): string {
  const nested = objects.get(namedType(field.type));
  if (!nested) return field.name.value;
  return `${field.name.value} { ${(nested.fields ?? []).map((inner) => fieldSelection(inner, objects)).join(' ')} }`;
}

/**
 * `{ __typename ... on TaxRecord { … } … }`: every field of the record types of these kinds.
 * (Not of every kind at once: fields of the same name with different nullability, such as
 * employerName, may not be selected side by side.)
 */
export function evidenceRecordSelection(kinds: readonly EvidenceKind[]): string {
  const { objects } = recordTypes();
  const wanted = new Set<string>(kinds.map((kind) => RECORD_TYPE_NAMES[kind]));
  const fragments = recordTypes().implementations.filter((type) => wanted.has(type.name.value)).map(
    (type) => `... on ${type.name.value} { ${(type.fields ?? []).map((field) => fieldSelection(field, objects)).join(' ')} }`,
  );
  return `{ __typename ${fragments.join(' ')} }`;
}

/**
 * The record a representation carries, with amounts back in fen; undefined for a record of a
 * kind the selection did not ask for (only its __typename came).
 */
export function heldRecordFromRepresentation(representation: Readonly<Record<string, unknown>>): HeldRecord | undefined {
  const typeName = representation.__typename;
  const type = recordTypes().objects.get(String(typeName));
  if (!type) throw new Error(`not a record type: ${String(typeName)}`);
  if (representation.kind === undefined) return undefined;
  const content: Record<string, unknown> = {};
  for (const field of type.fields ?? []) {
    const name = field.name.value;
    if (PROVENANCE.has(name)) continue;
    const value = representation[name];
    content[name] = namedType(field.type) === 'Yuan' && typeof value === 'string' ? yuanToFen(value) : (value ?? null);
  }
  // The shape follows from the schema the province serialised it with (the same recordTypeDefs).
  const record = {
    kind: representation.kind as EvidenceKind,
    recordId: String(representation.recordId),
    subjectId: String(representation.subjectId),
    region: representation.region as RegionCode,
    holdingAuthority: String(representation.holdingAuthority),
    updatedOn: String(representation.updatedOn),
    content,
  };
  return record as unknown as HeldRecord;
}
