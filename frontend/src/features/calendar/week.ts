/** The seven days (Monday to Sunday, local time) of the week that holds `day`. */
export function weekDays(day: Date): Date[] {
  const offset = (day.getDay() + 6) % 7; // Monday = 0
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - offset);
  return Array.from({ length: 7 }, (_, index) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + index));
}

export function addDays(day: Date, count: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + count);
}

/** The instant of a post moved to another day and hour; its minutes stay as they were. */
export function movedTo(scheduledAt: string, day: Date, hour: number): string {
  const minutes = new Date(scheduledAt).getMinutes();
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minutes).toISOString();
}
