//! Counts against a total, one block of fields per group.

use super::{AnswerEdit, typed_text};
use crate::domain::criteria::CountGroup;
use crate::domain::criteria::SetList;
use crate::domain::i18n::Lang;
use crate::domain::scoring::{Answer, CountAnswer, CountSlot, FieldTexts, NumberEntry, count_key};
use crate::domain::vec_map::VecMap;
use crate::ui::NumberField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountsInputProps {
    pub id: AttrValue,
    pub groups: SetList<CountGroup>,
    pub answer: Option<Answer>,
    pub typed: FieldTexts,
    pub on_change: Callback<AnswerEdit>,
}

#[component]
pub fn CountsInput(props: &CountsInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let current: VecMap<String, CountAnswer> = match &props.answer {
        Some(Answer::Counts { groups }) => groups.clone(),
        _ => VecMap::new(),
    };
    let field = |group: &CountGroup, slot: CountSlot, label: &str| {
        let key = count_key(&group.id, slot);
        let value = current.get(&*group.id).and_then(|g| match slot {
            CountSlot::Total => g.total,
            CountSlot::Counted => g.counted,
            CountSlot::Exempt => g.exempt,
        });
        let on_change = {
            let current = current.clone();
            let typed = props.typed.clone();
            let group_id = group.id.clone();
            let key = key.clone();
            props.on_change.reform(move |entry: NumberEntry| {
                let mut typed = typed.clone();
                let value = entry.record(&mut typed, &key);
                let mut groups = current.clone();
                let counts = groups.entry(group_id.to_string()).or_default();
                match slot {
                    CountSlot::Total => counts.total = value,
                    CountSlot::Counted => counts.counted = value,
                    CountSlot::Exempt => counts.exempt = value,
                }
                AnswerEdit {
                    answer: Answer::Counts { groups },
                    typed,
                }
            })
        };
        html! {
            <NumberField
                id={format!("{}-{}", props.id, key.replace('.', "-"))}
                label={AttrValue::from(label.to_owned())}
                {value}
                typed={typed_text(&props.typed, &key)}
                {on_change}
            />
        }
    };
    html! {
        <div class="input-group">
            { for props.groups.iter().map(|group| html! {
                <div class="count-group">
                    { field(group, CountSlot::Total, group.total_label.get(lang)) }
                    { field(group, CountSlot::Counted, group.counted_label.get(lang)) }
                    if let Some(exempt) = &group.exempt_label {
                        { field(group, CountSlot::Exempt, exempt.get(lang)) }
                    }
                </div>
            }) }
        </div>
    }
}
