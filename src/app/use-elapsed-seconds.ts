// Whole seconds since the component mounted, ticking once a second.

import { useEffect, useState } from "react";

/** Seconds elapsed since mount; updates every second. */
export function useElapsedSeconds(): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const start = Date.now();
    const tick = () => setSeconds(Math.floor((Date.now() - start) / 1000));
    const timer = window.setInterval(tick, 1000);
    return function stopTicking() {
      window.clearInterval(timer);
    };
  }, []);
  return seconds;
}
