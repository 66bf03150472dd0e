/** The message sat in the queue until it timed out, or a delay notice (RFC 3463 X.4.7). */
export const expired = {
  /** Tried after the codes. */
  general:
    /タイムアウト|時間切れ|再送.{0,10}(中止|諦め)|will be retried|retrying|delivery failed \d+ attempts|socket error|expired|timed? ?out|time(d)?-out|too long|retry (time|timeout)|gave up|giving up|could not be delivered (for|within|after)|message is too old|no answer|maximum time|retry limit|delivery period|queue(d)? (too long|for)|deferred|has been delayed|delayed/,
  /** The queue gave up or keeps trying (RFC 3463 X.4.7; RFC 3464 Action: delayed): maximum attempts or queue period reached, delay-notice sentences. */
  queueWords:
    /(maximum|max) (number of )?(delivery )?(attempts|retries)|delivery attempts (exceeded|expired)|(after|exceeded) \d+ (delivery )?attempts|queue (period|lifetime|time)|not (been )?(delivered|reachable) within|in the queue too long|will continue (to (attempt|try)|trying)|delivery attempts will continue|has not yet been delivered|(was |were |has been )?aborted after|postponed/,
  /** Decisive: the message itself expired in the queue (RFC 3463 X.4.7 "delivery time expired"), whatever refusal the last attempt met. */
  decisive:
    /message (has )?expired|expired in (the )?queue|(retry|queue) (time|timeout|lifetime) (exceeded|expired)/,
};
