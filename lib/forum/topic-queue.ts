// Replies to one topic are serialised by the topic's row lock in PostgreSQL (decision 005). A
// burst of replies to one hot topic would otherwise fill the connection pool with transactions
// that only wait for that lock, and starve every other request of this instance. So within one
// process, replies to the same topic also wait their turn here, before taking a connection.
// Across instances the row lock still decides.

const tails = new Map<string, Promise<unknown>>();

export function oneAtATimePerTopic<T>(topicId: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(topicId) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(topicId, tail);
  void tail.then(() => {
    if (tails.get(topicId) === tail) tails.delete(topicId);
  });
  return run;
}
