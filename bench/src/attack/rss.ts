import { readdirSync, readFileSync } from 'node:fs';

const kbOf = (status: string, field: string) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

/** A process and every process below it (PGlite runs inside the server; nothing else should be there). */
function family(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat (the second after the parenthesised name) is the parent's pid.
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...(parents.get(all[i] as number) ?? []));
  return all;
}

/** Resident memory of a process and its descendants (VmRSS), in MB; null once the process is gone. */
export function rssMb(pid: number): number | null {
  let kb = 0;
  try {
    kb = kbOf(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
  } catch {
    return null;
  }
  for (const child of family(pid).slice(1)) {
    try {
      kb += kbOf(readFileSync(`/proc/${child}/status`, 'utf8'), 'VmRSS');
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kb / 1024);
}

/** The kernel's own peak of the process's resident memory (VmHWM, since it started), in MB. */
export function hwmMb(pid: number): number | null {
  try {
    return Math.round(kbOf(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM') / 1024);
  } catch {
    return null;
  }
}

/** Samples `rssMb(pid)` every `everyMs` until stopped: the first, last and largest sample, and how many. */
export function sampleRss(pid: number, everyMs = 200) {
  const samples: { at: number; mb: number }[] = [];
  const started = performance.now();
  const take = () => {
    const mb = rssMb(pid);
    if (mb !== null) samples.push({ at: (performance.now() - started) / 1000, mb });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    /** The latest sample, in MB. */
    now: () => samples.at(-1)?.mb ?? null,
    stop() {
      take();
      clearInterval(timer);
      const peak = samples.reduce((max, s) => (s.mb > max.mb ? s : max), samples[0] ?? { at: 0, mb: 0 });
      return {
        startMb: samples[0]?.mb ?? null,
        endMb: samples.at(-1)?.mb ?? null,
        peakMb: peak.mb,
        peakAtSeconds: Math.round(peak.at * 10) / 10,
        samples: samples.length,
      };
    },
  };
}
