//! "Mijn casussen en privacy": keep the case on this device or not, the saved cases with their
//! expiry, delete one, wipe everything, export and import (optionally encrypted).

use crate::app::actions;
use crate::app::clock::local_date_nl;
use crate::app::page::{set_title, show_static_hero};
use crate::app::routing::href;
use crate::app::state::AppState;
use crate::formats::export::{
    export_encrypted_v, export_plain_with, export_plaintext, parse_decrypted, parse_export,
    ExportFile, DEFAULT_MAX_IMPORT_BYTES,
};
use crate::formats::import_error::ImportError;
use crate::formats::lock::{PassphraseError, MIN_PASSPHRASE_CHARS};
use crate::formats::settings::{DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, MIN_EXPIRY_DAYS};
use crate::rules::flow::Step;
use crate::rules::input::parse_days;
use crate::store::{self, crypto};
use crate::ui::widgets::cases::{KeepToggle, UnreadableStore, WipeAll};
use crate::ui::widgets::form::FileField;
use crate::ui::widgets::kaart::SocialMap;
use crate::ui::widgets::lock::LockSettings;
use crate::ui::widgets::stored::CaseList;
use leptos::prelude::*;
use leptos_router::components::A;

fn import_message(e: &ImportError) -> String {
    e.message().to_string()
}

#[component]
pub fn DataPage() -> impl IntoView {
    let screens = &crate::content::catalogue().screens;
    let t = &screens.data;
    set_title(&t.title);
    show_static_hero(false);
    let state = AppState::current();
    let export_pass = RwSignal::new(String::new());
    let export_msg = RwSignal::new(None::<String>);
    let import_pass = RwSignal::new(String::new());
    let import_msg = RwSignal::new(None::<(bool, String)>);
    // Counts import results, so a repeated message is still announced as new.
    let import_seq = RwSignal::new(0u32);
    Effect::new(move |_| {
        if import_msg.with(|m| m.is_some()) {
            import_seq.update(|n| *n += 1);
        }
    });
    let days_raw = RwSignal::new(
        state
            .stored
            .with_untracked(|s| {
                s.settings()
                    .map(|e| e.expiry_days)
                    .unwrap_or(DEFAULT_EXPIRY_DAYS)
            })
            .to_string(),
    );
    let days_msg = RwSignal::new(None::<(bool, String)>);
    let pending_import = RwSignal::new(None::<Vec<u8>>);

    let do_export = move |_| {
        let casus = state.casus.get_untracked();
        // The sociale kaart travels along (a colleague can take over the contacts only).
        let contacts = state.contacts.get_untracked();
        let pass = export_pass.get_untracked();
        let now = store::now_ms();
        let name = t.export_file.fill(&[&local_date_nl(now)]);
        if pass.is_empty() {
            store::download(
                &name,
                &export_plain_with(&casus, &contacts, now),
                "application/json",
            );
            export_msg.set(Some(t.exported_plain.to_string()));
            return;
        }
        if pass.chars().count() < MIN_PASSPHRASE_CHARS {
            export_msg.set(Some(PassphraseError::TooShort.message().into()));
            return;
        }
        export_msg.set(Some(t.encrypting.to_string()));
        leptos::task::spawn_local(async move {
            let (plain, version) = export_plaintext(&casus, &contacts);
            match crypto::encrypt(&pass, &plain).await {
                Ok((salt, iv, ct, it)) => {
                    match export_encrypted_v(&salt, &iv, &ct, it, now, version) {
                        Ok(text) => {
                            store::download(&name, &text, "application/json");
                            // The passphrase does not stay on the page.
                            export_pass.set(String::new());
                            export_msg.set(Some(t.exported_encrypted.to_string()));
                        }
                        Err(e) => export_msg.set(Some(import_message(&e))),
                    }
                }
                Err(_) => export_msg.set(Some(t.encrypt_failed.to_string())),
            }
        });
    };

    let finish_import = move |bytes: Vec<u8>| {
        let pass = import_pass.get_untracked();
        leptos::task::spawn_local(async move {
            let result: Result<crate::model::Casus, ImportError> =
                match parse_export(&bytes, DEFAULT_MAX_IMPORT_BYTES) {
                    Err(e) => Err(e),
                    Ok(ExportFile::Plain { casus, .. }) => Ok(casus),
                    Ok(ExportFile::Encrypted(file)) => {
                        if pass.is_empty() {
                            pending_import.set(Some(bytes.clone()));
                            import_msg.set(Some((false, t.import_needs_pass.to_string())));
                            return;
                        }
                        match crypto::decrypt(&pass, &file).await {
                            Ok(plain) => parse_decrypted(&plain, file.version).map(|(c, _)| c),
                            Err(_) => Err(ImportError::WrongPassphraseOrTampered),
                        }
                    }
                };
            match result {
                Ok(casus) => {
                    if !actions::open_imported(state, casus) {
                        import_msg.set(Some((false, t.import_refused.to_string())));
                        return;
                    }
                    pending_import.set(None);
                    import_msg.set(Some((true, t.imported.to_string())));
                }
                Err(e) => import_msg.set(Some((false, import_message(&e)))),
            }
        });
    };

    let on_file = move |read: Result<Vec<u8>, String>| match read {
        Ok(bytes) => finish_import(bytes),
        Err(e) => import_msg.set(Some((false, e))),
    };

    let save_days =
        move |_| match parse_days(&days_raw.get_untracked(), MIN_EXPIRY_DAYS, MAX_EXPIRY_DAYS) {
            Ok(d) => actions::change_setting(
                state,
                move |env| env.set_expiry_days(d),
                t.expiry_saved.fill(&[&d]),
                days_msg,
            ),
            Err(e) => days_msg.set(Some((false, e))),
        };

    view! {
        <h1 tabindex="-1">{t.title.as_str()}</h1>
        <p>{t.intro.as_str()}</p>
        <UnreadableStore/>
        <section aria-labelledby="open-kop">
            <h2 id="open-kop">{t.open_heading.as_str()}</h2>
            <KeepToggle/>
            <div class="actions">
                <A href=href(&Step::Casus.path()) attr:class="button secondary">{t.to_open_case.as_str()}</A>
                <button type="button" class="secondary" on:click=move |_| actions::new_case(state)>{screens.common.new_case.as_str()}</button>
            </div>
        </section>
        <section aria-labelledby="bewaard-kop">
            <h2 id="bewaard-kop">{t.saved_heading.as_str()}</h2>
            <CaseList/>
            <div class="field">
                <label for="bewaartermijn">{t.expiry_label.as_str()}</label>
                <span class="hint" id="bewaartermijn-hint">{t.expiry_hint.fill(&[&MIN_EXPIRY_DAYS, &MAX_EXPIRY_DAYS, &DEFAULT_EXPIRY_DAYS])}</span>
                <input type="text" inputmode="numeric" id="bewaartermijn" aria-describedby="bewaartermijn-hint" prop:value=move || days_raw.get() on:input=move |ev| days_raw.set(event_target_value(&ev))/>
                " "
                <button type="button" class="secondary" on:click=save_days>{t.expiry_save.as_str()}</button>
                {move || days_msg.get().map(|(ok, m)| view! { <p class=if ok { "card info" } else { "card danger" } role="status">{m}</p> })}
            </div>
        </section>
        <LockSettings/>
        <SocialMap/>
        <section aria-labelledby="export-kop">
            <h2 id="export-kop">{t.export_heading.as_str()}</h2>
            <p>{t.export_intro.as_str()}</p>
            <div class="field">
                <label for="export-wachtwoord">{t.export_pass_label.as_str()}</label>
                <span class="hint" id="export-wachtwoord-hint">{t.export_pass_hint.fill(&[&MIN_PASSPHRASE_CHARS])}</span>
                <input type="password" id="export-wachtwoord" autocomplete="new-password" aria-describedby="export-wachtwoord-hint" prop:value=move || export_pass.get() on:input=move |ev| export_pass.set(event_target_value(&ev))/>
            </div>
            <button type="button" on:click=do_export>{t.export.as_str()}</button>
            {move || export_msg.get().map(|m| view! { <p class="card info" role="status">{m}</p> })}
            <FileField id="import-bestand" label=t.import_label.as_str() hint=t.import_hint.as_str() on_read=on_file/>
            <div class="field">
                <label for="import-wachtwoord">{t.import_pass_label.as_str()}</label>
                <input type="password" id="import-wachtwoord" autocomplete="off" prop:value=move || import_pass.get() on:input=move |ev| import_pass.set(event_target_value(&ev))/>
            </div>
            {move || pending_import.get().map(|bytes| view! {
                <button type="button" on:click=move |_| finish_import(bytes.clone())>{t.import.as_str()}</button>
            })}
            {move || import_msg.get().map(|(ok, m)| view! { <p class=if ok { "card info" } else { "card danger" } role="alert" id="import-melding" data-n=move || import_seq.get()>{m}</p> })}
        </section>
        <section aria-labelledby="wissen-kop">
            <h2 id="wissen-kop">{screens.cases.wipe.as_str()}</h2>
            <p>{t.wipe_text.as_str()}</p>
            <WipeAll question=t.wipe_question.as_str() question_id="wis-vraag"/>
        </section>
        {crate::content::catalogue()
            .about
            .sections
            .iter()
            .filter(|s| PRIVACY_SECTIONS.contains(&s.id.as_str()))
            .map(|s| {
                let heading = format!("{}-kop", s.id);
                let labelled_by = heading.clone();
                view! {
                    <section aria-labelledby=labelled_by>
                        <h2 id=heading>{s.title.as_str()}</h2>
                        {s.paragraphs.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
                    </section>
                }
            })
            .collect_view()}
    }
}

/// The sections of `about.toml` that say what the browser may keep beside Thuiswijzer.
const PRIVACY_SECTIONS: [&str; 2] = ["wat_de_browser_bewaart", "safari_zeven_dagen"];
