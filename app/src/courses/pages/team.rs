//! `/courses/team`: the courses of one's colleagues (a public body's people, or a company's):
//! per course who started, who completed, and where people stop; with a CSV export.

use crate::courses::team;
use crate::i18n::use_tr;
use crate::shell::{guard, Page, StatusPage};
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn TeamPage() -> impl IntoView {
    let state = use_state();
    let tr = use_tr();
    let page = move || {
        let state = state.clone();
        Suspend::new(async move {
            let user = match guard("/courses/team", |u| u.organisation_id.is_some()) {
                Ok(u) => u,
                Err(view) => return view,
            };
            let Some(org) = user.organisation_id else { return view! { <StatusPage status=403 /> }.into_any() };
            let Ok(teams) = team::of_organisation(&state.db, org, user.id, tr.0.code()).await else {
                return view! { <StatusPage status=500 /> }.into_any();
            };
            let list = if teams.is_empty() {
                view! { <p class="notice">{tr.t("course-team-none")}</p> }.into_any()
            } else {
                teams
                    .into_iter()
                    .map(|t| {
                        let started = t.people.len();
                        let completed = t.people.iter().filter(|p| p.completed_at.is_some()).count();
                        let heading_id = format!("team-{}", t.slug);
                        let stop = t.stop.map(|(lesson, n)| view! { <p>{tr.t_args("course-team-stop", &[("lesson", lesson), ("count", n.to_string())])}</p> });
                        let rows = t
                            .people
                            .into_iter()
                            .map(|p| {
                                let completed = p.completed_at.map(|at| tr.date(at)).unwrap_or_else(|| "–".into());
                                view! {
                                    <tr>
                                        <th scope="row">{p.name}</th>
                                        <td>{tr.t_args("course-progress-of", &[("done", p.done.to_string()), ("total", p.total.to_string())])}</td>
                                        <td>{tr.date(p.last_ms / 1000)}</td>
                                        <td>{completed}</td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        let labelled_by = heading_id.clone();
                        view! {
                            <section aria-labelledby=labelled_by class="team-course">
                                <h2 id=heading_id><a href=format!("/courses/{}", t.slug)>{t.title}</a></h2>
                                <p>{tr.t_args("course-team-summary", &[("started", started.to_string()), ("completed", completed.to_string())])}</p>
                                {stop}
                                <div class="table-scroll">
                                    <table>
                                        <thead><tr>
                                            <th scope="col">{tr.t("course-team-person")}</th>
                                            <th scope="col">{tr.t("course-team-progress")}</th>
                                            <th scope="col">{tr.t("course-team-last")}</th>
                                            <th scope="col">{tr.t("course-team-completed")}</th>
                                        </tr></thead>
                                        <tbody>{rows}</tbody>
                                    </table>
                                </div>
                            </section>
                        }
                    })
                    .collect_view()
                    .into_any()
            };
            view! {
                <Page title=tr.t("course-team-title")>
                    <p class="lead">{tr.t("course-team-intro")}</p>
                    <p><a class="button button-secondary" href="/courses/team.csv" download="">{tr.t("course-team-csv")}</a></p>
                    {list}
                </Page>
            }
            .into_any()
        })
    };
    view! { <Suspense>{page}</Suspense> }
}
