/**
 * The sender's own sending service did not send the mail: the address is on its suppression list
 * (it bounced hard or complained before). Amazon SES, SendGrid, Mailgun, Postmark and others say
 * so in their reports; nothing reached the recipient's server.
 */
export const suppressed = {
  /** Decisive: precise enough to outweigh the code that came with it (SES reports 5.1.1). */
  decisive:
    /\b(?:is|was) on (?:the |your |an? )?(?:account(?:'s|-level)? )?suppression list|suppression list for your account|(?:address|recipient) (?:is|was|has been) suppressed|suppressed (?:address|recipient)|previously (?:bounced|hard[- ]bounced)|has been marked as inactive/,
};
