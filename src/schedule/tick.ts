export async function runSchedule(env: Env, now: number): Promise<void> {
  void env;
  void now;
}
