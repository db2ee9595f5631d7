/**
 * Common given names, for telling a colleague from an outside organisation: "Send Tom the
 * incident timeline", "Give Priya a daily list" hand work to a person, not a promise to a body.
 * Only a lone name counts (a name followed by another capitalised word, "Jordan Foods", is a
 * business), and the list holds names that are rarely an organisation's on their own.
 */
const GIVEN_NAMES = new Set(
  (
    'Aaron Abdul Adam Adrian Ahmed Aisha Alan Alex Alexander Ali Alice Amanda Amir Amy Ana Andrea ' +
    'Andrew Andy Angela Anna Anne Anton Arjun Ben Beth Bob Carlos Caroline Charlotte Chen Chloe ' +
    'Chris Claire Daniel Dave David Deepak Divya Elena Eliza Ellie Emily Emma Eric Fatima Felix ' +
    'Fiona Gareth Grace Hannah Hassan Helen Ian Isabel Jack Jake James Jamie Jan Jane Jason Jenny ' +
    'Jess Jessica Joe John Jonas Jose Josh Julia Karen Kate Katie Kevin Kiran Laura Lars Leo Liam ' +
    'Lisa Lucy Luis Maria Mark Marta Martin Mary Matt Maya Mehmet Mei Michael Mike Mohammed Nadia ' +
    'Nathan Neil Nina Noah Oliver Olivia Omar Owen Paul Pedro Peter Pierre Priya Rachel Rahul Raj ' +
    'Rebecca Ravi Rob Robert Rosa Ryan Sam Sara Sarah Sean Simon Sofia Sophie Steve Sunil Susan ' +
    'Tariq Tom Tomasz Tony Wei Will Yusuf Zara Zoe'
  ).split(' '),
);

/** True when a capitalised word on its own is a common given name. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word);
}
