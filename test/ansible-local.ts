// What the tests that run the rendered playbook on this machine share: an inventory of
// localhost alone, the hostile value a tenant's variable carries, and the reading of an
// EnvironmentFile value as systemd reads it.

/** One host, this machine, run with the controller's own Python. */
export const LOCAL_INVENTORY = [
  "all:",
  "  children:",
  "    containerd_nodes:",
  "      hosts:",
  "        localhost:",
  "          ansible_connection: local",
  '          ansible_python_interpreter: "{{ ansible_playbook_python }}"',
  "",
].join("\n");

/** Quotes, Jinja, shell expansions, backslashes, a systemd specifier and a newline. */
export const HOSTILE =
  "it's \"quoted\" {{ lookup('pipe','id') }} {% raw %} ${HOME} $(id) `id` back\\slash \\\" %h\nsecond line";

/** One assignment of a systemd EnvironmentFile, read as systemd reads a double-quoted value. */
export function envFileValue(text: string, name: string): string {
  const start = text.indexOf(`\n${name}="`);
  if (start < 0) throw new Error(`${name} not in:\n${text}`);
  let out = "";
  for (let i = start + name.length + 3; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return out;
    if (c !== "\\") out += c;
    else if ('"\\`$'.includes(text[i + 1]!)) out += text[++i];
    else if (text[i + 1] === "\n") i++;
    else out += c;
  }
  throw new Error(`${name} is not terminated`);
}
