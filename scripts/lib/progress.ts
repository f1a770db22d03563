// Progress of long commands (seeding at scale, backup, restore): a one-line bar on a terminal,
// a line every few seconds in a log (CI, process managers).
const nf = new Intl.NumberFormat("en");

export function progressBar(label: string, unit: string) {
  const tty = process.stdout.isTTY === true;
  let lastLine = 0;
  let drawn = false;
  return {
    update(done: number, total: number | null, rate: number) {
      const count = total ? `${nf.format(done)}/${nf.format(total)} ${unit}` : `${nf.format(done)} ${unit}`;
      const speed = `${nf.format(Math.round(rate))}/s`;
      if (tty) {
        const width = 24;
        const share = total ? Math.min(done / total, 1) : 0;
        const bar = total
          ? `[${"#".repeat(Math.round(share * width)).padEnd(width, "-")}] ${String(Math.round(share * 100)).padStart(3)}%  `
          : "";
        process.stdout.write(`\r\x1b[2K${label} ${bar}${count}  ${speed}`);
        drawn = true;
      } else if (Date.now() - lastLine > 2000 || (total !== null && done >= total)) {
        console.log(`${label}… ${count} (${speed})`);
        lastLine = Date.now();
      }
    },
    end() {
      if (drawn) process.stdout.write("\n");
      drawn = false;
    },
  };
}
