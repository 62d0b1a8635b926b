import { readFile } from "node:fs/promises";

/** A file the user named, or why it cannot be read, in a few words for the message. */
export async function readUserFile(file: string): Promise<{ text: string } | { why: string }> {
  try {
    return { text: await readFile(file, "utf8") };
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : message;
    return { why };
  }
}
