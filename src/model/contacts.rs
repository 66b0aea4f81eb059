//! The professional's own sociale kaart: contacts of colleagues and organisations kept on this
//! device (not part of a case, never the family's). Their Dutch labels are in `labels.rs`.

use serde::{Deserialize, Serialize};

/// Which kind of professional contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::model))]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    InternBegeleider,
    Aandachtsfunctionaris,
    /// Jeugdarts or jeugdverpleegkundige of the JGZ.
    Jeugdarts,
    PohJeugd,
    LokaalTeam,
    Leerplicht,
    /// The regional Veilig Thuis office (the national 0800-2000 stays in the content).
    VeiligThuisRegio,
}

/// One professional contact: an organisation or role, with phone and hours. Never a family
/// member: the screen says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProContact {
    pub kind: ContactKind,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub hours: String,
}

impl ProContact {
    pub fn new(kind: ContactKind) -> ProContact {
        ProContact {
            kind,
            organisation: String::new(),
            phone: String::new(),
            hours: String::new(),
        }
    }

    /// Nothing filled in but the kind.
    pub fn is_blank(&self) -> bool {
        [&self.organisation, &self.phone, &self.hours]
            .iter()
            .all(|t| t.trim().is_empty())
    }
}
