/** The files the user picked, as the host's import request takes them. */
export interface PickedData {
  kind: 'csv' | 'images';
  /** The file's name, or the chosen folder's. */
  name: string;
  files: { path: string; bytes: Uint8Array }[];
}

const IMAGE = /\.(png|jpe?g)$/i;

/**
 * A CSV file as is; a folder (from `<input webkitdirectory>`, whose files carry paths such as
 * "pets/cats/1.png") as its PNG and JPEG files by their paths inside the folder.
 */
export async function readPicked(
  kind: 'csv' | 'images',
  list: FileList | File[],
): Promise<PickedData | null> {
  const files = [...list];
  if (files.length === 0) return null;
  if (kind === 'csv') {
    const file = files[0]!;
    return { kind, name: file.name, files: [{ path: file.name, bytes: await bytesOf(file) }] };
  }
  const relative = (f: File) => (f.webkitRelativePath || f.name).split('/');
  const name = relative(files[0]!)[0] ?? 'images';
  const images = files.filter((f) => IMAGE.test(f.name) && relative(f).length >= 3);
  return {
    kind,
    name,
    files: await Promise.all(
      images.map(async (f) => ({ path: relative(f).slice(1).join('/'), bytes: await bytesOf(f) })),
    ),
  };
}

/** Through FileReader, which every browser (and the test DOM) has for any File. */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsArrayBuffer(file);
  });
}
