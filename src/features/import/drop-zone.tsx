import { useId, useRef, useState, type DragEvent } from 'react';

/** Stable, so browser tests can find the input. There is one drop zone per page. */
export const INPUT_ID = 'import-files';

/** What the file input offers in the picker; anything else dropped is still read and reported. */
const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Where files come in: a large button that opens the (labelled) file input, and also takes files
 * dragged onto it. Being a button, it is reachable and operable from the keyboard; dragging is
 * only a shortcut. `busy` ignores new files while others are being read.
 */
export function DropZone({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const accept = (files: File[]) => {
    if (!busy && files.length > 0) onFiles(files);
  };
  const onDrop = (e: DragEvent<HTMLButtonElement>) => {
    e.preventDefault();
    setDragging(false);
    accept([...e.dataTransfer.files]);
  };

  return (
    <div className="drop-zone-wrap">
      <button
        type="button"
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        aria-describedby={hintId}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) input.current?.click();
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <span className="drop-zone__title">Choose CSV files</span>
        <span className="drop-zone__text">or drag them here</span>
      </button>
      <p id={hintId} className="drop-zone__hint">
        You can choose several files at once, and Excel workbooks (.xlsx): each sheet is read as a
        CSV file. They are read in this browser only.
      </p>
      <label htmlFor={INPUT_ID} className="visually-hidden">
        CSV files to import
      </label>
      <input
        ref={input}
        id={INPUT_ID}
        hidden
        type="file"
        multiple
        accept={ACCEPT}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          accept(files);
        }}
      />
    </div>
  );
}
