//! "Mag ik dit delen?": the rules for the case's role, each with what to record and its
//! sources, closed by default (each built when first opened). Shown on the step "Gesprek" and where a summary is shared. The
//! rules are `rules::conversation::share_rules`; the text is `conversation.toml`.

use crate::app::state::AppState;
use crate::content::catalogue;
use crate::rules::conversation::share_rules;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::sources::{Sources, Uncertain};
use leptos::prelude::*;

#[component]
pub fn ShareRules() -> impl IntoView {
    let casus = AppState::current().casus;
    let cat = catalogue();
    let record = &cat.conversation.screen.record_label;
    // Built again only when the role changes: built on every change of the case, an opened
    // rule closed under the user at each key or answer (and every rule was built again on
    // each safety answer while Gesprek waited ahead of Veiligheid).
    let role = Memo::new(move |_| casus.with(|c| c.role));
    // The rules side by side; an opened rule takes the full width (style: .disclosure-row).
    let rules = move || {
        share_rules(role.get(), cat)
            .into_iter()
            .map(|s| {
                view! {
                    <Disclosure class="more" summary=s.title.as_str()>
                        <p>{s.rule.as_str()}</p>
                        <p><strong>{record.as_str()}": "</strong>{s.record.as_str()}</p>
                        <Uncertain uncertain=s.uncertain.map(String::from)/>
                        <Sources sources=s.sources.to_vec()/>
                    </Disclosure>
                }
            })
            .collect_view()
    };
    view! { <div class="disclosure-row">{rules}</div> }
}
