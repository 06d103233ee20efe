/**
 * A stand-in service for serviceProcess.test.ts, so that the test needs no database or port:
 * reports ready over IPC (unless STUB_READY=no, to play a slow start) and then idles until killed.
 */
if (process.env.STUB_READY !== 'no') process.send?.({ type: 'ready', name: 'stub', url: 'http://127.0.0.1:4999/graphql' });
setInterval(() => undefined, 60_000);
