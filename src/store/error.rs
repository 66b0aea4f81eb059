//! The one error type of the browser I/O, with the Dutch (B1) sentence the user sees.

use crate::formats::import_error::ImportError;
use std::fmt;

/// Why reading or writing in the browser did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refused to write: its storage is full or switched off.
    Full,
    /// The stored data cannot be read; it is left as it is.
    Unreadable,
    /// The saved cases are sealed and this tab has no key.
    Locked,
    /// Web Crypto failed (or is missing); nothing was written.
    NoCrypto,
    /// The write would put case text on the device unencrypted; nothing was written.
    NeedsLock,
    /// Moving unreadable data aside did not work (storage full).
    SetAsideFailed,
    /// A chosen file is larger than the limit; it was not read.
    FileTooLarge { len: usize, max: usize },
    /// A chosen file could not be read (moved, deleted, no permission).
    FileUnreadable,
}

impl StoreError {
    pub fn message(&self) -> &'static str {
        match self {
            StoreError::Full => "Opslaan op dit apparaat lukt niet: de opslag van de browser is vol of uitgeschakeld. Uw casus staat nog in dit tabblad. Exporteer hem als bestand.",
            StoreError::Unreadable => "De opgeslagen gegevens zijn onleesbaar. Thuiswijzer schrijft er niet overheen; wat u nu invult, staat alleen in dit tabblad.",
            StoreError::Locked => "Thuiswijzer is op slot. Ontgrendel Thuiswijzer om te bewaren; tot dan staat wat u invult alleen in dit tabblad.",
            StoreError::NoCrypto => "Versleutelen lukt niet in deze browser. Er is niets opgeslagen; uw casus staat nog in dit tabblad.",
            StoreError::NeedsLock => "Niet bewaard: een bewaarde casus staat altijd versleuteld. Zet eerst het slot aan. De casus staat intussen alleen in dit tabblad.",
            StoreError::SetAsideFailed => "Apart zetten lukt niet: de opslag is vol.",
            StoreError::FileTooLarge { len, max } => {
                ImportError::TooLarge { len: *len, max: *max }.message()
            }
            StoreError::FileUnreadable => "Dit bestand kan niet worden geopend. Misschien is het verplaatst of verwijderd. Kies het bestand opnieuw.",
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl From<StoreError> for String {
    fn from(e: StoreError) -> Self {
        e.message().to_string()
    }
}
