//! The commune's target, a range of whole percentages typed one end at a time.

use crate::domain::i18n::{Lang, TrackingText};
use crate::domain::scoring::NumberEntry;
use crate::domain::tracking::Target;
use crate::ui::NumberField;
use yew::prelude::*;

pub fn target_fields(lang: Lang, target: Target, on_change: &Callback<Target>) -> Html {
    // Text that is not a number stays in the field with its message; the
    // summary keeps the target it states until a number is typed.
    let on_end = |change: fn(Target, u8) -> Option<Target>| {
        let on_change = on_change.clone();
        Callback::from(move |entry: NumberEntry| {
            if let NumberEntry::Value(Some(value)) = entry
                && let Ok(percent) = u8::try_from(value)
                && let Some(t) = change(target, percent)
            {
                on_change.emit(t);
            }
        })
    };
    html! {
        <fieldset class="field tracking-target" aria-describedby="tracking-target-hint">
            <legend class="field-label">{ TrackingText::TrackingTargetLegend.get(lang) }</legend>
            <p class="field-hint" id="tracking-target-hint">{ TrackingText::TrackingTargetHint.get(lang) }</p>
            <div class="tracking-target-fields">
                <NumberField id="tracking-target-min" label={TrackingText::TrackingTargetMin.get(lang)}
                    value={Some(i64::from(target.min_percent))} on_change={on_end(Target::with_min)} />
                <NumberField id="tracking-target-max" label={TrackingText::TrackingTargetMax.get(lang)}
                    value={Some(i64::from(target.max_percent))} on_change={on_end(Target::with_max)} />
            </div>
        </fieldset>
    }
}
