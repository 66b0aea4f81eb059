//! The identifier scan on realistic text: notes as professionals write them (no warning at
//! all), and the same kind of notes with a name in them (a name warning).
#![cfg(not(target_arch = "wasm32"))]

use thuiswijzer::privacy::{scan, IdentifierKind, Strength};

const YEAR: i32 = 2026;

/// Professional notes without identifiers: ordinary sentence starts, institutions, places,
/// languages, feasts and apps written with a capital after "de", "van" or "in de".
const NOTES: [&str; 48] = [
    "De school meldt dat het kind vaak te laat komt en moe is.",
    "Van de week heeft moeder zelf gebeld over de afspraak.",
    "In de klas is hij onrustig; op het plein trekt hij zich terug.",
    "De leerkracht ziet sinds de herfstvakantie blauwe plekken op de armen.",
    "Op de gang zei het kind dat het niet naar huis wil.",
    "Van school naar huis loopt ze alleen, ook in het donker.",
    "Ten slotte: vader wil graag meedenken over hulp.",
    "Ter info: het gezin is vorig jaar verhuisd.",
    "Het gezin spreekt thuis Arabisch; de Nederlandse taal is voor moeder lastig.",
    "Moeder is van Marokkaanse afkomst, vader komt uit Syrië.",
    "Advies gevraagd aan Veilig Thuis, daarna overleg met de aandachtsfunctionaris.",
    "Melding bij Veilig Thuis besproken met de intern begeleider.",
    "De Raad voor de Kinderbescherming doet onderzoek naar het gezag.",
    "Het gesprek met de Jeugdbescherming was constructief.",
    "Vader werkt bij de Gemeente, moeder bij de Jumbo.",
    "Na de Kerstvakantie start hij op de Brede School.",
    "Hij zit tot diep in de nacht op de Playstation en op Instagram.",
    "In de Ramadan eet het kind overdag niet; de school houdt rekening met het Suikerfeest.",
    "Het gezin woont in de Bijlmer, dicht bij de moskee.",
    "Oma woont in Den Haag en komt elke week.",
    "De GGD heeft groei en gewicht gemeten; het CJG is op de hoogte.",
    "Volgens de Meldcode hoort hier eerst een gesprek met de ouders bij.",
    "Het wijkteam van de gemeente Utrecht heeft een gezinscoach ingezet.",
    "De huisarts verwijst naar de GGZ voor een intake.",
    "Ben je er morgen? Dan bespreken we het plan.",
    "Wil je de ouders uitnodigen voor een gesprek?",
    "Lieve ouders, de ouderavond is verplaatst.",
    "Max twee keer per week naar de BSO.",
    "Roos is een bloem; de tekening van het kind laat veel rood zien.",
    "Het kind (9 jaar) zit in groep 6 en komt 3 dagen per week.",
    "Zorgen over verwaarlozing: vieze kleding, honger, vaak ziek.",
    "Geen zicht op wie er 's avonds thuis is.",
    "Sinds de scheiding wisselt hij elke week van huis.",
    "De jeugdarts ziet geen medische verklaring voor de buikpijn.",
    "Plan B. Daarna overleggen we opnieuw met het team.",
    "Het kind vertelde dat papa soms heel boos wordt en dan slaat.",
    "Vader erkent de zorgen, moeder ontkent ze.",
    "De oudste broer zorgt vaak voor de jongere kinderen.",
    "Gesprek gepland na de voorjaarsvakantie, rond week 9.",
    "De leerplichtambtenaar is ingelicht over het verzuim.",
    "Opvoedondersteuning via het Centrum voor Jeugd en Gezin is aangeboden.",
    "De jongere gebruikt dagelijks cannabis en heeft contact met de politie gehad.",
    "Moeder vertelde dat de buurvrouw soms oppast.",
    "Afspraak: de mentor belt vader vrijdag terug.",
    "Geboren te vroeg, nu een gezonde peuter.",
    "Het kind speelt graag Minecraft en Roblox met de neef.",
    "In overleg met de Jeugdwet als kader is de hulp verlengd.",
    "Van harte welkom bij het overleg; de agenda volgt.",
];

/// Notes with a name in them, and the name that must be flagged (as first name or surname).
const WITH_NAMES: [(&str, &str); 30] = [
    (
        "Jan de Vries, vader van het kind, belde vanmorgen.",
        "Jan de Vries",
    ),
    (
        "Gesprek met mevrouw de Jong over de thuissituatie.",
        "de Jong",
    ),
    ("Meneer Van Dam komt morgen langs op school.", "Van Dam"),
    (
        "Moeder (Fatima el Amrani) is bezorgd over de oudste.",
        "Fatima el Amrani",
    ),
    (
        "De leerkracht, juf Bakker, heeft het gesignaleerd.",
        "Bakker",
    ),
    (
        "Contact gehad met dhr. van der Berg van de woningbouw.",
        "van der Berg",
    ),
    (
        "J. van den Heuvel is de mentor van het kind.",
        "J. van den Heuvel",
    ),
    ("Het gesprek met de familie Yilmaz ging goed.", "Yilmaz"),
    ("Oma, mevrouw ter Horst, past vaak op.", "ter Horst"),
    ("De Boer belde terug over de afspraak.", "De Boer"),
    ("Buurvrouw vertelt dat de Wit vaak schreeuwt.", "de Wit"),
    ("Daan Jansen (groep 6) is vaak afwezig.", "Daan Jansen"),
    ("Max de Groot zit in groep 7.", "Max de Groot"),
    ("Roos, 9 jaar, woont bij haar moeder.", "Roos"),
    ("Lisa in 't Veld zit bij hem in de klas.", "Lisa in 't Veld"),
    (
        "Vader, de heer Pietersen, was bij het gesprek.",
        "Pietersen",
    ),
    ("Mw. A.B. Smit belde over de kinderopvang.", "A.B. Smit"),
    ("Overleg met de huisarts, dokter Visser.", "Visser"),
    (
        "Sophie op de Beek uit groep 8 vertelde het.",
        "Sophie op de Beek",
    ),
    ("Gesprek met Noah en zijn moeder.", "Noah"),
    ("Mohammed zegt dat hij thuis niet mag eten.", "Mohammed"),
    ("Ik sprak Emma na de gymles.", "Emma"),
    ("Opa Jansen haalt de kinderen op.", "Jansen"),
    ("Zij logeert bij Van der Meer.", "Van der Meer"),
    (
        "Vader, Kevin van Leeuwen, werkt in ploegendienst.",
        "Kevin van Leeuwen",
    ),
    ("Tante Öztürk vangt de kinderen op.", "Öztürk"),
    ("Gesprek met Sanne Bos en haar vader.", "Sanne Bos"),
    ("De moeder van Zoë belde de school.", "Zoë"),
    ("Melding door meester Kok van groep 5.", "Kok"),
    (
        "Bas van der Linden, 15 jaar, spijbelt veel.",
        "Bas van der Linden",
    ),
];

#[test]
fn professional_notes_give_no_warning() {
    let mut failures = Vec::new();
    for text in NOTES {
        let w = scan(text, YEAR);
        if !w.is_empty() {
            failures.push(format!(
                "{text}: {:?}",
                w.iter().map(|w| &w.snippet).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn notes_with_a_name_flag_that_name() {
    let mut failures = Vec::new();
    for (text, name) in WITH_NAMES {
        let w = scan(text, YEAR);
        let found = w.iter().any(|w| {
            w.snippet == name
                && matches!(
                    w.kind,
                    IdentifierKind::Voornaam | IdentifierKind::Achternaam
                )
        });
        let others: Vec<_> = w
            .iter()
            .filter(|w| w.snippet != name)
            .map(|w| &w.snippet)
            .collect();
        if !found || !others.is_empty() {
            failures.push(format!(
                "{text}: expected only {name:?}, got {:?}",
                w.iter().map(|w| &w.snippet).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_full_name_is_a_strong_warning() {
    for text in [
        "Jan de Vries, vader van het kind, belde.",
        "Gesprek met Daan Jansen.",
    ] {
        let w = scan(text, YEAR);
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(
            (w[0].kind, w[0].strength),
            (IdentifierKind::Achternaam, Strength::Sterk)
        );
    }
}
