//! The vocabulary of a case: roles, ages, school, household, who may harm a child, who saw a
//! signal and when, answers, meldcode-step statuses and where the child lives now. Their Dutch labels are `labels.rs`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The professional's role. The three groups shape the path through the aid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Huisarts,
    PohJeugd,
    Leraar,
    InternBegeleider,
    Zorgcoordinator,
    LokaalTeam,
}

/// The three role groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::model))]
#[serde(rename_all = "snake_case")]
pub enum RoleGroup {
    /// Huisarts or POH-Jeugd: kindcheck, meldrecht, may refer under the Jeugdwet.
    Huisartsenpraktijk,
    /// Leraar, intern begeleider, zorgcoördinator: meldcode steps inside school, cannot refer.
    School,
    /// Lokaal team / jeugdprofessional: makes the shared verklarende analyse.
    LokaalTeam,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Huisarts,
        Role::PohJeugd,
        Role::Leraar,
        Role::InternBegeleider,
        Role::Zorgcoordinator,
        Role::LokaalTeam,
    ];

    pub fn group(self) -> RoleGroup {
        match self {
            Role::Huisarts | Role::PohJeugd => RoleGroup::Huisartsenpraktijk,
            Role::Leraar | Role::InternBegeleider | Role::Zorgcoordinator => RoleGroup::School,
            Role::LokaalTeam => RoleGroup::LokaalTeam,
        }
    }

    /// Dutch name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Role::Huisarts => "Huisarts",
            Role::PohJeugd => "POH-Jeugd",
            Role::Leraar => "Leraar",
            Role::InternBegeleider => "Intern begeleider",
            Role::Zorgcoordinator => "Zorgcoördinator",
            Role::LokaalTeam => "Lokaal team / jeugdprofessional",
        }
    }

    /// Stable key, used in forms and content files.
    pub fn key(self) -> &'static str {
        match self {
            Role::Huisarts => "huisarts",
            Role::PohJeugd => "poh_jeugd",
            Role::Leraar => "leraar",
            Role::InternBegeleider => "intern_begeleider",
            Role::Zorgcoordinator => "zorgcoordinator",
            Role::LokaalTeam => "lokaal_team",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// The child's age in whole years and months. Never a birth date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::model))]
pub struct Age {
    pub years: u8,
    pub months: u8,
}

impl Age {
    /// Age in months, for comparisons such as "16.5 years" (198 months).
    pub fn total_months(self) -> u32 {
        u32::from(self.years) * 12 + u32::from(self.months.min(11))
    }

    /// Dutch, as shown to the user: "14 jaar", "0 jaar en 2 maanden".
    pub fn label(self) -> String {
        match self.months.min(11) {
            0 => format!("{} jaar", self.years),
            1 => format!("{} jaar en 1 maand", self.years),
            m => format!("{} jaar en {m} maanden", self.years),
        }
    }

    /// The age band used by the signal lists (0–4, 4–12, 12–18).
    pub fn band(self) -> AgeBand {
        match self.years {
            0..=3 => AgeBand::Jong,
            4..=11 => AgeBand::Basisschool,
            _ => AgeBand::Tiener,
        }
    }
}

/// Age bands of the signal lists (meldcode.nu, signalenlijsten 0–4, 4–12, 12–18).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::model))]
#[serde(rename_all = "snake_case")]
pub enum AgeBand {
    /// 0 up to 4 years.
    Jong,
    /// 4 up to 12 years.
    Basisschool,
    /// 12 up to 18 years (and older young people).
    Tiener,
}

/// Where the child goes to school or day care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::model))]
#[serde(rename_all = "snake_case")]
pub enum SchoolType {
    GeenOfKinderopvang,
    Basisonderwijs,
    SpeciaalOnderwijs,
    VoortgezetOnderwijs,
    Mbo,
    GeenSchoolThuiszitter,
}

impl SchoolType {
    pub const ALL: [SchoolType; 6] = [
        SchoolType::GeenOfKinderopvang,
        SchoolType::Basisonderwijs,
        SchoolType::SpeciaalOnderwijs,
        SchoolType::VoortgezetOnderwijs,
        SchoolType::Mbo,
        SchoolType::GeenSchoolThuiszitter,
    ];

    /// Dutch name as shown to the user (and, in lower case, in the summary).
    pub fn label(self) -> &'static str {
        match self {
            SchoolType::GeenOfKinderopvang => "Nog niet naar school, of kinderopvang",
            SchoolType::Basisonderwijs => "Basisonderwijs",
            SchoolType::SpeciaalOnderwijs => "Speciaal (basis)onderwijs",
            SchoolType::VoortgezetOnderwijs => "Voortgezet onderwijs",
            SchoolType::Mbo => "Mbo",
            SchoolType::GeenSchoolThuiszitter => "Gaat nu niet naar school (thuiszitter)",
        }
    }
}

/// Who lives at home with the child.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HouseholdMember {
    Moeder,
    Vader,
    PartnerVanOuder,
    Pleegouder,
    Grootouder,
    AndereVolwassene,
}

impl HouseholdMember {
    pub const ALL: [HouseholdMember; 6] = [
        HouseholdMember::Moeder,
        HouseholdMember::Vader,
        HouseholdMember::PartnerVanOuder,
        HouseholdMember::Pleegouder,
        HouseholdMember::Grootouder,
        HouseholdMember::AndereVolwassene,
    ];

    /// Dutch name as shown to the user (and, in lower case, in the summary).
    pub fn label(self) -> &'static str {
        match self {
            HouseholdMember::Moeder => "Moeder",
            HouseholdMember::Vader => "Vader",
            HouseholdMember::PartnerVanOuder => "Partner van een ouder",
            HouseholdMember::Pleegouder => "Pleegouder",
            HouseholdMember::Grootouder => "Grootouder",
            HouseholdMember::AndereVolwassene => "Andere volwassene",
        }
    }
}

/// Who in the household may harm a child.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskSource {
    /// The child (or young person) the case is about, for example through sexually
    /// transgressive behaviour toward a younger brother or sister.
    CaseChild,
    /// Another member of the household.
    OtherHouseholdMember,
}

impl RiskSource {
    pub const ALL: [RiskSource; 2] = [RiskSource::CaseChild, RiskSource::OtherHouseholdMember];

    /// The question on the case step, per brother or sister.
    pub const QUESTION: &'static str = "Kan dit kind schade oplopen door iemand in huis?";
    /// Hint with the question.
    pub const HINT: &'static str = "Bijvoorbeeld seksueel grensoverschrijdend gedrag naar een jonger broertje of zusje. Dan krijgt dit kind een eigen route bij Veiligheid.";
    /// The answer "no" (no flag).
    pub const NONE_LABEL: &'static str = "Nee, niet dat ik weet";

    /// Dutch answer as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            RiskSource::CaseChild => "Ja, door het kind of de jongere om wie het gaat",
            RiskSource::OtherHouseholdMember => "Ja, door iemand anders in huis",
        }
    }

    /// Stable key, used in forms.
    pub fn key(self) -> &'static str {
        match self {
            RiskSource::CaseChild => "kind",
            RiskSource::OtherHouseholdMember => "ander",
        }
    }
}

/// Who observed a signal (KNMG step 1: keep your own findings apart from what others report).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Observer {
    Zelf,
    KindVertelde,
    OuderVertelde,
    Anders,
}

/// Roughly when a signal was observed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Vandaag,
    DezeWeek,
    DezeMaand,
    LangerGeleden,
    Herhaaldelijk,
}

/// A three-way answer: a missing answer is `None` in the maps that hold these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(content_baked), derive(databake::Bake), databake(path = crate::model))]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Ja,
    Nee,
    WeetNiet,
}

/// How a meldcode step stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    Gedaan,
    NogNiet,
    /// Skipped on purpose, for example the conversation with parents when that is unsafe.
    Overgeslagen,
}

/// Where the child lives now. Anything but [`Residence::Thuis`] opens the path "Weer thuis".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Residence {
    Thuis,
    Pleegzorg,
    Gezinshuis,
    Residentieel,
    Elders,
}

/// The answers of the path "Weer thuis" (return home), keyed by the question ids of
/// `return_home.toml`. A missing answer is unknown, never a guess.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReturnAnswers {
    /// Question id -> ja / nee / weet niet.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Answer>,
    /// Question id -> a short factual note (checked for identifiers).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
}

impl ReturnAnswers {
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.notes.is_empty()
    }

    pub fn answer(&self, question: &str) -> Option<Answer> {
        self.answers.get(question).copied()
    }

    pub fn note(&self, question: &str) -> &str {
        self.notes.get(question).map_or("", |n| n.as_str())
    }
}
