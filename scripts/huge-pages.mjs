// Used by `npm test` and `npm run test:faults` before they start anything.
/**
 * glibc's malloc asks for transparent huge pages (madvise) on the memory it maps, for everything
 * the caller starts from then on: test processes (PGlite's file buffers, Node's array buffers),
 * the commands and servers they spawn, the PostgreSQL server, Chromium. On a virtual machine every
 * page fault is dear: with 4 kB pages a fifth of the suite's CPU was the kernel's. Measured on
 * three API files on PGlite: 680,000 page faults and 35 CPU-s without, 413,000 and 32 CPU-s with
 * (a browser file: 74 CPU-s and 70). glibc before 2.35 ignores the setting; so does a kernel
 * whose huge pages are off. Only speed changes. A GLIBC_TUNABLES that already sets it is kept.
 */
export function askForHugePages() {
  const tunables = process.env.GLIBC_TUNABLES ?? '';
  if (tunables.includes('glibc.malloc.hugetlb')) return;
  process.env.GLIBC_TUNABLES = [tunables, 'glibc.malloc.hugetlb=1'].filter(Boolean).join(':');
}
