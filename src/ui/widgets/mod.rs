//! Components shared by the pages. A page uses widgets; a widget never uses a page.
//!
//! * [`disclosure`]: a `<details>` whose content is built when it is first opened.
//! * [`form`]: form controls with label, hint and identifier warnings.
//! * [`sources`]: sources, uncertainty notes and glossary help.
//! * [`cases`]: "Bewaar op dit apparaat", "Alles wissen", unreadable data.
//! * [`stored`]: the list of saved cases (the table is [`case_table`]); [`unlock`]: the lock
//!   screen's form.
//! * [`keeper`]: the owner of views kept from page to page while unlocked.
//! * [`notices`]: messages and the cross-tab conflict at the top of every page.
//! * [`followup`]: dates, the evaluation moment, the calendar file, afwegingsvraag 5 again.
//! * [`kaart`]: the sociale kaart (the professional's own contacts) on the data page.
//! * [`lock`]: the lock bar and the lock settings.
//! * [`keep`]: the passphrase that keeping a case asks for; sealing cases kept open before.
//! * [`passphrase`]: the check of a new passphrase typed twice (lock settings and keeping).
//! * [`share`]: "Mag ik dit delen?", the rules for the case's role.
//! * [`waiting`]: whether a step's body is shown or waits ahead, hidden (`ui::bodies`).

pub mod case_table;
pub mod cases;
pub mod disclosure;
pub mod followup;
pub mod form;
pub mod kaart;
pub mod keep;
pub mod keeper;
pub mod lock;
pub mod notices;
pub mod passphrase;
pub mod share;
pub mod sources;
pub mod stored;
pub mod unlock;
pub mod waiting;
