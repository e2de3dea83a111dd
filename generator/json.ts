// Pretty JSON with a final newline: the form of every JSON file mysfits writes and of its --json
// output. A module of its own so commands that only print JSON do not load the builders.
export const jsonText = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';
