// Usage: <table data-enhance="table-sort"> whose sortable column headers carry
// data-sort-type="number" or "text"; number cells carry data-sort-value (a plain number, absent
// or empty when not reported). Without JavaScript the table simply keeps the editor's order.
type Key = number | string | undefined;

function sortKey(row: HTMLTableRowElement, column: number, numeric: boolean): Key {
  const cell = row.cells[column];
  // Formatted text ("1,204", "−3", "not reported") is not a number: only the build's value is.
  const raw = (cell?.dataset.sortValue ?? (numeric ? '' : cell?.textContent) ?? '').trim();
  if (raw === '') return undefined;
  if (!numeric) return raw;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

export function tableSort(table: Element): void {
  if (!(table instanceof HTMLTableElement)) return;
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-type]')];
  if (!body || headers.length === 0) return;
  // Ties keep the editor's order, whatever order the rows are in now.
  const original = new Map([...body.rows].map((row, index) => [row, index]));
  const collator = new Intl.Collator(table.closest('[lang]')?.getAttribute('lang') || undefined, { numeric: true });
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  table.after(status);

  const sortBy = (header: HTMLTableCellElement, button: HTMLButtonElement) => {
    const numeric = header.dataset.sortType === 'number';
    const previous = header.getAttribute('aria-sort');
    // A first click puts the largest number or the start of the alphabet on top.
    const ascending = previous ? previous === 'descending' : !numeric;
    const sign = ascending ? 1 : -1;
    const keyed = [...body.rows].map((row) => ({ row, key: sortKey(row, header.cellIndex, numeric) }));
    keyed.sort((a, b) => {
      // Missing values go last in either direction: "not reported" is not the smallest value.
      if (a.key === undefined || b.key === undefined) {
        if (a.key !== b.key) return a.key === undefined ? 1 : -1;
      } else {
        const order = numeric ? (a.key as number) - (b.key as number) : collator.compare(String(a.key), String(b.key));
        if (order !== 0) return sign * order;
      }
      return original.get(a.row)! - original.get(b.row)!;
    });
    body.append(...keyed.map(({ row }) => row));
    for (const other of headers) other.removeAttribute('aria-sort');
    const direction = ascending ? 'ascending' : 'descending';
    header.setAttribute('aria-sort', direction);
    status.textContent = `Sorted by ${button.textContent?.trim()}, ${direction}.`;
  };

  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => sortBy(header, button));
  }
}
