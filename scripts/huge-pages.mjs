// Used by `npm test` and `npm run test:faults` before they start anything.
/**
 * glibc's malloc asks for transparent huge pages (madvise) on the memory it maps, for everything
 * the caller starts from then on: test processes (PGlite's file buffers, Node's array buffers),
 * the commands and servers they spawn, the PostgreSQL server, Chromium. On a virtual machine every
 * page fault is dear (a fifth of a PGlite file's CPU was the kernel's). Three API files on both
 * engines: 930,000 page faults without, 612,000 with. Five paired runs of them on PGlite: 23.4
 * CPU-s without, 21.8 with, on average, no pair worse (docs/performance.md). glibc before 2.35
 * ignores the setting; so does a kernel whose huge pages are off. Only speed changes. A
 * GLIBC_TUNABLES that already sets it is kept (`glibc.malloc.hugetlb=0` turns it off).
 */
export function askForHugePages() {
  const tunables = process.env.GLIBC_TUNABLES ?? '';
  if (tunables.includes('glibc.malloc.hugetlb')) return;
  process.env.GLIBC_TUNABLES = [tunables, 'glibc.malloc.hugetlb=1'].filter(Boolean).join(':');
}
