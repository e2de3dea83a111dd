// A stand-in AWS client for what no emulator here answers (drift detection, Live Tail): each
// command answered by name from answers recorded in the shapes the API reference documents, and
// every call recorded. Say so in the test that uses it.
export type Answer = (input: Record<string, unknown>) => unknown;

export function standIn<C>(answers: Record<string, Answer>): { client: C; calls: [string, Record<string, unknown>][] } {
  const calls: [string, Record<string, unknown>][] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      calls.push([name, command.input]);
      const answer = answers[name];
      if (!answer) throw Object.assign(new Error(`unexpected ${name}`), { name: 'UnexpectedCall' });
      return answer(command.input);
    },
    destroy: () => undefined,
  } as unknown as C;
  return { client, calls };
}
