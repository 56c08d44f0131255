//! The reports page: the hiring funnel and applications per week as SVG charts, each with its
//! numbers in a table beside it; time in stage, rejection reasons and interviewers' load as
//! tables; every table also as CSV.

use super::kit::Layout;
use super::kit::OrgPage;
use crate::auth::caller::Recruiters;
use crate::i18n;
use crate::services::ServiceError;
use crate::services::reports::{hiring, interviewers};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use cohort_domain::reports::{Count, HiringReport};
use cohort_store::PageRequest;
use cohort_store::reports::ReportScope;
use serde::Deserialize;
use uuid::Uuid;

/// A horizontal bar chart, as SVG: one bar per row, the value at its end.
pub fn bar_chart(title: &str, rows: &[(String, usize)]) -> String {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h) = (170usize, 330usize, 28usize);
    let height = rows.len() * row_h + 8;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {w} {height}\" width=\"100%\" aria-label=\"{title}\"><title>{title}</title>",
        w = label_w + bar_w + 50,
        title = askama_escape(title)
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = i * row_h + 4;
        let width = value * bar_w / max;
        svg.push_str(&format!(
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\" class=\"label\">{label}</text>\
             <rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{h}\" rx=\"3\" class=\"bar\"></rect>\
             <text x=\"{vx}\" y=\"{ty}\" class=\"value\">{value}</text>",
            lx = label_w - 8,
            ty = y + 15,
            label = askama_escape(label),
            x = label_w,
            h = row_h - 8,
            vx = label_w + width + 6,
        ));
    }
    svg.push_str("</svg>");
    svg
}

fn askama_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

struct StageRow {
    name: String,
    reached: usize,
    conversion: String,
    median: String,
}

struct LoadRow {
    name: String,
    interviews: usize,
    scorecards: usize,
    overdue: usize,
}

struct VacancyOption {
    id: Uuid,
    title: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportsPage {
    layout: Layout,
    slug: String,
    name: String,
    csv_query: String,
    vacancies: Vec<VacancyOption>,
    report: HiringReport,
    funnel_chart: String,
    stages: Vec<StageRow>,
    weeks_chart: String,
    /// Applications, decisions and the median time to a decision, in a sentence.
    summary: String,
    load: Vec<LoadRow>,
}

impl ReportsPage {
    fn counts(rows: &[Count]) -> Vec<(String, usize)> {
        rows.iter().map(|c| (c.label.clone(), c.count)).collect()
    }
}

/// Which vacancy (all, without one).
#[derive(Debug, Default, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    vacancy_id: String,
}

/// `GET /orgs/{org}/reports`.
pub async fn reports_page(
    State(state): State<AppState>,
    Query(form): Query<ReportForm>,
    OrgPage { caller, layout }: OrgPage<Recruiters>,
) -> Response {
    let vacancy_id = Uuid::parse_str(form.vacancy_id.trim()).ok();
    let lang = layout.lang;
    let built = async {
        let scope = ReportScope { vacancy_id, program_id: None };
        let report = hiring(&state.store, caller.org.id, scope).await?;
        let load = interviewers(&state.store, caller.org.id, scope).await?;
        let vacancies = state
            .store
            .vacancies_page(caller.org.id, None, None, PageRequest { limit: 100, after: None })
            .await?
            .items
            .into_iter()
            .map(|v| VacancyOption { selected: Some(v.id) == vacancy_id, id: v.id, title: v.draft.title })
            .collect();
        let funnel: Vec<(String, usize)> =
            report.funnel.iter().map(|s| (i18n::stage(lang, &s.name), s.reached)).collect();
        let stages = report
            .funnel
            .iter()
            .map(|s| StageRow {
                name: i18n::stage(lang, &s.name),
                reached: s.reached,
                conversion: s.conversion.map(|c| format!("{:.0}%", c * 100.0)).unwrap_or_else(|| "—".into()),
                median: s
                    .median_hours
                    .map(|h| {
                        if h >= 48.0 {
                            i18n::t(lang, "reports-days", &[("days", i18n::decimal(lang, h / 24.0).into())])
                        } else {
                            i18n::t(lang, "reports-hours", &[("hours", i18n::decimal(lang, h).into())])
                        }
                    })
                    .unwrap_or_else(|| "—".into()),
            })
            .collect();
        let weeks = ReportsPage::counts(&report.per_week);
        Ok::<_, ServiceError>(ReportsPage {
            layout,
            slug: caller.org.slug.clone(),
            name: caller.org.name.clone(),
            csv_query: vacancy_id.map(|v| format!("&vacancy_id={v}")).unwrap_or_default(),
            vacancies,
            funnel_chart: bar_chart(&i18n::t(lang, "reports-funnel-chart", &[]), &funnel),
            weeks_chart: bar_chart(&i18n::t(lang, "reports-per-week", &[]), &weeks),
            summary: i18n::t(
                lang,
                "reports-summary",
                &[
                    ("applications", report.applications.into()),
                    ("decisions", report.decisions.into()),
                    (
                        "median",
                        report
                            .median_days_to_decision
                            .map_or_else(
                                || "—".into(),
                                |d| i18n::t(lang, "reports-days", &[("days", i18n::decimal(lang, d).into())]),
                            )
                            .into(),
                    ),
                ],
            ),
            stages,
            load: load
                .into_iter()
                .map(|(l, name)| LoadRow {
                    name,
                    interviews: l.interviews,
                    scorecards: l.scorecards,
                    overdue: l.overdue_scorecards,
                })
                .collect(),
            report,
        })
    }
    .await;
    super::rendered(built)
}

#[cfg(test)]
mod tests {
    use super::bar_chart;

    #[test]
    fn bars_scale_to_the_largest_and_labels_are_escaped() {
        let svg = bar_chart("Funnel", &[("Application".into(), 10), ("<b>Decision</b>".into(), 5)]);
        assert!(svg.contains("width=\"330\"") && svg.contains("width=\"165\""), "{svg}");
        assert!(svg.contains("&lt;b&gt;Decision&lt;/b&gt;") && !svg.contains("<b>"));
        assert!(svg.starts_with("<svg class=\"chart\" role=\"img\""));
        assert!(bar_chart("Empty", &[]).contains("</svg>"));
    }
}
