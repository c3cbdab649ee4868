// Lọc bảng: a box above the tables of agencies that keeps the rows whose words hold what is typed,
// with or without tone marks. Without JavaScript the box stays hidden and every row shows.
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/\s+/gu, ' ').trim();
for (const box of document.querySelectorAll('[data-table-filter]')) {
  const input = box.querySelector('input');
  const status = box.querySelector('[role="status"]');
  const rows = [...document.querySelectorAll('main table.data-table tbody tr')].map((row) => ({ row, words: fold(row.textContent) }));
  box.hidden = false;
  input.addEventListener('input', () => {
    const wanted = fold(input.value);
    let shown = 0;
    for (const { row, words } of rows) {
      row.hidden = wanted !== '' && !words.includes(wanted);
      if (!row.hidden) shown++;
    }
    for (const section of document.querySelectorAll('main section[data-filterable]')) {
      section.hidden = section.querySelectorAll('tbody tr:not([hidden])').length === 0;
    }
    status.textContent = wanted === '' ? '' : `${shown} cơ quan khớp “${input.value.trim()}”.`;
  });
}
