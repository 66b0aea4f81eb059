use super::*;
use crate::formats::crypto::Sealed;
use crate::formats::export::{
    export_encrypted_v, export_plain, export_plain_with, export_plaintext, parse_decrypted,
    parse_export, ExportFile, EXPORT_VERSION,
};
use crate::formats::footprint::is_own_storage_key;
use crate::model::{Casus, ContactKind};

fn team() -> ProContact {
    ProContact {
        kind: ContactKind::LokaalTeam,
        organisation: "Wijkteam Noord".into(),
        phone: "020-1234567".into(),
        hours: "ma-vr 9-17 uur".into(),
    }
}

fn ib() -> ProContact {
    ProContact {
        kind: ContactKind::InternBegeleider,
        organisation: "Obs De Linde".into(),
        phone: "0299-123456".into(),
        hours: String::new(),
    }
}

#[test]
fn the_open_list_round_trips_and_other_shapes_are_refused() {
    let file = ContactsFile::Open(vec![team(), ib()]);
    let json = file.to_json();
    assert!(json.contains(r#""format":"thuiswijzer-kaart""#), "{json}");
    assert!(json.contains(r#""kind":"lokaal_team""#), "{json}");
    assert_eq!(parse_contacts(&json).unwrap(), file);
    assert_eq!(parse_contacts("{"), Err(LoadError::NotJson));
    assert_eq!(
        parse_contacts(r#"{"format":"thuiswijzer-opslag","version":1}"#),
        Err(LoadError::WrongFormat)
    );
    assert_eq!(
        parse_contacts(r#"{"format":"thuiswijzer-kaart","version":2,"contacts":[]}"#),
        Err(LoadError::FutureVersion { found: 2 })
    );
    assert_eq!(
        parse_contacts(
            r#"{"format":"thuiswijzer-kaart","version":1,"contacts":[{"kind":"buurvrouw"}]}"#
        ),
        Err(LoadError::Malformed { what: "contacts" })
    );
    let many = vec![team(); MAX_CONTACTS + 1];
    assert!(parse_contacts(&ContactsFile::Open(many).to_json()).is_err());
}

#[test]
fn the_sealed_list_shows_no_contact_and_is_bound_to_what_it_is() {
    use crate::formats::crypto::b64_encode;
    let lock_json = format!(
        r#"{{"kdf":{{"name":"PBKDF2-SHA256","iterations":600000,"salt":"{}"}},"cipher":"AES-GCM","check":{{"iv":"{}","data":"{}"}},"version":3}}"#,
        b64_encode(&[1; 16]),
        b64_encode(&[2; 12]),
        b64_encode(&[3; 32])
    );
    let lock: LockParams = serde_json::from_str(&lock_json).unwrap();
    let sealed: Sealed = serde_json::from_str(&format!(
        r#"{{"iv":"{}","data":"{}"}}"#,
        b64_encode(&[4; 12]),
        b64_encode(&[5; 40])
    ))
    .unwrap();
    let file = ContactsFile::Sealed(SealedContacts { lock, sealed });
    let json = file.to_json();
    assert!(
        !json.contains("Wijkteam") && !json.contains("kind"),
        "{json}"
    );
    assert_eq!(parse_contacts(&json).unwrap(), file);
    let ContactsFile::Sealed(s) = file else {
        unreachable!()
    };
    // Not the associated data of the working copy, the settings or a case.
    assert_eq!(s.aad(), contacts_aad(3));
    assert!(String::from_utf8(s.aad()).unwrap().contains("kaart"));
    assert_ne!(contacts_aad(3), crate::formats::working::working_aad(3));
    assert_ne!(contacts_aad(3), crate::formats::store::settings_aad(3));
    // The plaintext round-trips.
    let list = vec![team(), ib()];
    assert_eq!(
        parse_contacts_plaintext(&contacts_plaintext(&list)).unwrap(),
        list
    );
}

#[test]
fn alles_wissen_removes_the_sociale_kaart() {
    assert!(is_own_storage_key(CONTACTS_KEY));
}

#[test]
fn a_colleagues_contacts_are_added_once_and_blank_ones_not_at_all() {
    let mut mine = vec![team()];
    let mut same_padded = team();
    same_padded.phone = " 020-1234567 ".into();
    let theirs = vec![
        same_padded,
        ib(),
        ProContact::new(ContactKind::Leerplicht),
        ib(),
    ];
    assert_eq!(merge_contacts(&mut mine, &theirs), 1);
    assert_eq!(mine, vec![team(), ib()]);
    let mut full = vec![team(); MAX_CONTACTS];
    assert_eq!(merge_contacts(&mut full, &[ib()]), 0);
}

#[test]
fn the_export_carries_the_contacts_and_older_files_still_import() {
    let mut c = Casus::new();
    c.label = "Groep 6".into();
    let list = vec![team(), ib()];
    // Plain: version 1, the contacts beside the case.
    let file = export_plain_with(&c, &list, 7);
    assert!(file.contains("\"version\": 1"), "{file}");
    match parse_export(&file, 1 << 20).unwrap() {
        ExportFile::Plain {
            casus, contacts, ..
        } => {
            assert_eq!(casus, c);
            assert_eq!(contacts, list);
        }
        other => panic!("{other:?}"),
    }
    // Without contacts the file is as before, and a file from before has none.
    let old = export_plain(&c, 7);
    assert!(!old.contains("contacts"));
    match parse_export(&old, 1 << 20).unwrap() {
        ExportFile::Plain { contacts, .. } => assert!(contacts.is_empty()),
        other => panic!("{other:?}"),
    }
    // A damaged contact list is an error, not silently dropped.
    let bad = file.replace("lokaal_team", "buurvrouw");
    assert!(parse_export(&bad, 1 << 20).is_err());
    // Encrypted: with contacts the sealed text holds both and the file says version 2.
    let (plain, version) = export_plaintext(&c, &list);
    assert_eq!(version, EXPORT_VERSION);
    assert_eq!(
        parse_decrypted(&plain, version).unwrap(),
        (c.clone(), list.clone())
    );
    let (plain1, v1) = export_plaintext(&c, &[]);
    assert_eq!(v1, 1);
    assert_eq!(
        parse_decrypted(&plain1, v1).unwrap(),
        (c.clone(), Vec::new())
    );
    let enc = export_encrypted_v(&[7; 16], &[9; 12], &[1; 40], 600_000, 5, version).unwrap();
    let ExportFile::Encrypted(e) = parse_export(&enc, 1 << 20).unwrap() else {
        panic!("not encrypted");
    };
    assert_eq!(e.version, 2);
}
