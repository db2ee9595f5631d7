/**
 * A soft two-note chime drawn with Web Audio (no sound file to load): quiet, short, and never
 * blocking. Silently does nothing where audio is unavailable.
 */
let context: AudioContext | null = null;

export function playChime(kind: 'warning' | 'over'): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    if (ctx.state === 'suspended') void ctx.resume();
    // Two rising notes for "two minutes left"; one lower, longer note for "time is up".
    const notes = kind === 'warning' ? [660, 880] : [523];
    notes.forEach((frequency, i) => {
      const start = ctx.currentTime + i * 0.22;
      const length = kind === 'warning' ? 0.35 : 0.9;
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.12, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start);
      oscillator.stop(start + length + 0.05);
    });
  } catch {
    // No audio device or no Web Audio: the colour change still tells the room.
  }
}
