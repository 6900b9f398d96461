//! A checklist: each sub-part answered on its own.

use crate::domain::criteria::ChecklistPart;
use crate::domain::criteria::SetList;
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::Answer;
use crate::domain::vec_map::VecMap;
use crate::ui::YesNoField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecklistInputProps {
    pub id: AttrValue,
    pub parts: SetList<ChecklistPart>,
    pub answer: Option<Answer>,
    pub on_change: Callback<Answer>,
}

#[component]
pub fn ChecklistInput(props: &ChecklistInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let current: VecMap<String, bool> = match &props.answer {
        Some(Answer::Checklist { parts }) => parts.clone(),
        _ => VecMap::new(),
    };
    html! {
        <div class="input-group">
            { for props.parts.iter().map(|part| {
                let on_change = {
                    let current = current.clone();
                    let part_id = part.id.clone();
                    props.on_change.reform(move |value: Option<bool>| {
                        let mut parts = current.clone();
                        match value {
                            Some(v) => { parts.insert(part_id.to_string(), v); }
                            None => { parts.remove(&*part_id); }
                        }
                        Answer::Checklist { parts }
                    })
                };
                html! {
                    <YesNoField
                        id={format!("{}-{}", props.id, part.id)}
                        legend={AttrValue::from(part.label.get(lang).to_owned())}
                        yes_label={Text::PartHolds.get(lang)}
                        no_label={Text::PartNotYet.get(lang)}
                        value={current.get(&*part.id).copied()}
                        {on_change}
                    />
                }
            }) }
        </div>
    }
}
