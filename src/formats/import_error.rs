//! Why an export file could not be read or written, with a Dutch (B1) message for each case.

use crate::formats::crypto::ParamError;
use crate::formats::migrate::MigrationError;
use std::fmt;

/// Why an export file could not be read (or written). `field` names are JSON paths such as
/// `kdf.salt`; they never contain content from the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than the limit; checked before anything is parsed.
    TooLarge {
        len: usize,
        max: usize,
    },
    /// The file is empty.
    Empty,
    /// Not JSON text (or not UTF-8).
    NotJson,
    /// JSON, but not a Thuiswijzer export (missing or other `format`).
    WrongFormat,
    /// Made by a newer version of the app (file `version` or case `schema`).
    FutureVersion {
        found: u64,
    },
    MissingField {
        field: &'static str,
    },
    /// A field has the wrong type or an impossible value.
    InvalidField {
        field: &'static str,
    },
    /// Another key derivation or cipher than PBKDF2-SHA256 / AES-GCM.
    UnsupportedAlgorithm {
        field: &'static str,
    },
    /// Fewer PBKDF2 iterations than [`crate::formats::crypto::MIN_PBKDF2_ITERATIONS`].
    WeakKdf {
        iterations: u64,
    },
    /// More PBKDF2 iterations than [`crate::formats::crypto::MAX_PBKDF2_ITERATIONS`].
    TooManyIterations {
        iterations: u64,
    },
    BadSaltLength {
        len: usize,
    },
    BadIvLength {
        len: usize,
    },
    BadBase64 {
        field: &'static str,
    },
    /// Shorter than an AES-GCM tag.
    CiphertextTooShort {
        len: usize,
    },
    /// The case inside the file does not have the shape of a case.
    InvalidCase,
    /// AES-GCM refused to decrypt: the passphrase is wrong or the file was changed. Produced
    /// by the browser layer; the two cannot be told apart, on purpose.
    WrongPassphraseOrTampered,
}

impl ImportError {
    /// A Dutch (B1) explanation for the user.
    pub fn message(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => {
                "Dit bestand is te groot voor een Thuiswijzer-export. Kies het bestand dat \
                 Thuiswijzer heeft gemaakt."
            }
            ImportError::Empty => {
                "Dit bestand is leeg. Kies het bestand dat Thuiswijzer heeft gemaakt."
            }
            ImportError::NotJson => {
                "Dit bestand kan Thuiswijzer niet lezen. Het is geen exportbestand, of het is \
                 beschadigd."
            }
            ImportError::WrongFormat => {
                "Dit is geen exportbestand van Thuiswijzer. Kies het bestand dat Thuiswijzer \
                 heeft gemaakt (het eindigt meestal op .json)."
            }
            ImportError::FutureVersion { .. } => {
                "Dit bestand is gemaakt met een nieuwere versie van Thuiswijzer. Laad de pagina \
                 opnieuw om de nieuwste versie te krijgen en probeer het dan nog eens."
            }
            ImportError::MissingField { .. } => {
                "In dit bestand ontbreekt een deel. Het is beschadigd of niet helemaal \
                 opgeslagen. Maak zo nodig een nieuwe export."
            }
            ImportError::InvalidField { .. } => {
                "Een deel van dit bestand klopt niet. Het is beschadigd of aangepast. Maak zo \
                 nodig een nieuwe export."
            }
            ImportError::UnsupportedAlgorithm { .. } => {
                "Dit bestand is op een manier versleuteld die Thuiswijzer niet kent. Thuiswijzer \
                 opent het daarom niet."
            }
            ImportError::WeakKdf { .. } => {
                "Dit bestand is te zwak beveiligd (de sleutel is met te weinig rekenstappen \
                 gemaakt). Thuiswijzer opent het daarom niet. Maak een nieuwe export."
            }
            ImportError::TooManyIterations { .. } => {
                "Dit bestand vraagt zo veel rekenwerk dat uw browser zou vastlopen. Thuiswijzer \
                 opent het daarom niet."
            }
            ImportError::BadSaltLength { .. } | ImportError::BadIvLength { .. } => {
                "De beveiliging van dit bestand klopt niet (een sleutelgegeven heeft de verkeerde \
                 lengte). Het is beschadigd of aangepast."
            }
            ImportError::BadBase64 { .. } => {
                "Een deel van dit bestand bevat tekens die er niet horen. Het is beschadigd of \
                 aangepast."
            }
            ImportError::CiphertextTooShort { .. } => {
                "De versleutelde inhoud van dit bestand is te kort. Het is beschadigd of niet \
                 helemaal opgeslagen."
            }
            ImportError::InvalidCase => {
                "De casus in dit bestand kan Thuiswijzer niet lezen. Het bestand is beschadigd \
                 of aangepast."
            }
            ImportError::WrongPassphraseOrTampered => {
                "Openen lukt niet. Het wachtwoord is niet goed, of het bestand is veranderd. \
                 Controleer het wachtwoord en probeer het opnieuw."
            }
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for ImportError {}

impl From<ParamError> for ImportError {
    fn from(e: ParamError) -> Self {
        match e {
            ParamError::WeakKdf { iterations } => ImportError::WeakKdf { iterations },
            ParamError::TooManyIterations { iterations } => {
                ImportError::TooManyIterations { iterations }
            }
            ParamError::BadSaltLength { len } => ImportError::BadSaltLength { len },
            ParamError::BadIvLength { len } => ImportError::BadIvLength { len },
            ParamError::CiphertextTooShort { len } => ImportError::CiphertextTooShort { len },
        }
    }
}

impl From<MigrationError> for ImportError {
    fn from(e: MigrationError) -> Self {
        match e {
            MigrationError::Future(found) => ImportError::FutureVersion { found },
            MigrationError::Malformed(_) => ImportError::InvalidCase,
        }
    }
}
