/** Placeholder until the Import screen lands (written by the import helper; replace freely). */
export default function ImportPage() {
  return (
    <>
      <title>Import – Children's services performance</title>
      <h1>Import your files</h1>
      <p>The Import screen is being built.</p>
    </>
  );
}
