// The time now, renewed on every minute, so countdowns tick without a reload.
import { useEffect, useRef, useState } from 'react';
import { msToNextMinute } from './clock';

/** `onMinute` runs on each new minute too (My work refreshes its list then). */
export function useMinuteClock(onMinute?: () => void): Date {
  const [now, setNow] = useState(() => new Date());
  const callback = useRef(onMinute);
  useEffect(() => {
    callback.current = onMinute;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        setNow(new Date());
        callback.current?.();
        schedule();
      }, msToNextMinute(new Date()));
    };
    schedule();
    return () => {
      clearTimeout(timer);
    };
  }, []);
  return now;
}
