import { readFileSync } from 'node:fs';
import { Kind, parse, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RECORD_FIELD_ENUMS } from '../../console/ui/recordFieldEnums.ts';

describe('the console’s coded record fields', () => {
  it('are every enum field of every evidence record type, each with the enum the schema gives it', () => {
    const sdl = parse(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8'));
    const enums = new Set(sdl.definitions.flatMap((definition) => (definition.kind === Kind.ENUM_TYPE_DEFINITION ? [definition.name.value] : [])));
    const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
    // Shown otherwise (the header names the kind and the province) or not selected by EvidenceRecordFields.
    const notShown = ['kind', 'region', 'subjectKind', 'holderKind', 'taxpayerKind'];
    const coded: Record<string, Record<string, string>> = {};
    for (const definition of sdl.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !(definition.interfaces ?? []).some((each) => each.name.value === 'EvidenceRecord')) continue;
      for (const field of definition.fields ?? []) {
        const type = named(field.type);
        if (enums.has(type) && !notShown.includes(field.name.value)) (coded[definition.name.value] ??= {})[field.name.value] = type;
      }
    }
    expect(RECORD_FIELD_ENUMS).toEqual(coded);
  });
});
