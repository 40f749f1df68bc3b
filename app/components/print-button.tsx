// "Print or save as PDF" for readers on any device (a phone has no Ctrl+P). It calls the browser's print dialog,
// so it appears only once the page runs JavaScript; without it the text around it still says what to do.
import { useEffect, useState } from "react";

export function PrintButton({ label }: { label: string }) {
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(typeof window.print === "function"), []);
  if (!canPrint) return null;
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
