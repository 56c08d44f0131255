//! Shadowing rotations: for a programme and a number of weeks, which team each intern visits.
//! No intern visits the same team twice (nor their own), no team hosts more guests in a week
//! than it said it can, and each week the places go first to the interns with the fewest visits
//! so far, so that visits are spread fairly.

use crate::flow::Flow;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// An intern as the planner sees them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Guest {
    /// Their id.
    pub id: Uuid,
    /// Their own team (never visited).
    pub own_team: Option<Uuid>,
    /// Teams they already visited (never again).
    pub visited: Vec<Uuid>,
}

/// A team that hosts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Host {
    /// The team.
    pub team: Uuid,
    /// Guests a week.
    pub weekly_capacity: u32,
}

/// One planned visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    /// Week number, from 0.
    pub week: u32,
    /// The intern.
    pub intern: Uuid,
    /// The team visited.
    pub team: Uuid,
}

/// Above any number of visits: using a place is always worth it, fewer visits so far more so.
const USE_PLACE: i64 = 1_000_000;

/// Plans `weeks` weeks of visits.
pub fn plan(guests: &[Guest], hosts: &[Host], weeks: u32) -> Vec<Visit> {
    let mut visited: Vec<Vec<Uuid>> = guests.iter().map(|g| g.visited.clone()).collect();
    let mut visits = Vec::new();
    for week in 0..weeks {
        let (source, sink) = (0, 1 + guests.len() + hosts.len());
        let mut flow = Flow::new(sink + 1);
        let mut pairs = Vec::new();
        for (g, guest) in guests.iter().enumerate() {
            let so_far = i64::try_from(visited[g].len()).unwrap_or(i64::MAX / 2);
            flow.edge(source, 1 + g, 1, -(USE_PLACE - so_far));
            for (h, host) in hosts.iter().enumerate() {
                if guest.own_team != Some(host.team) && !visited[g].contains(&host.team) {
                    pairs.push((flow.to.len(), g, h));
                    flow.edge(1 + g, 1 + guests.len() + h, 1, 0);
                }
            }
        }
        for (h, host) in hosts.iter().enumerate() {
            flow.edge(1 + guests.len() + h, sink, i64::from(host.weekly_capacity), 0);
        }
        flow.run(source, sink);
        for (edge, g, h) in pairs {
            if flow.capacity[edge] == 0 {
                visited[g].push(hosts[h].team);
                visits.push(Visit { week, intern: guests[g].id, team: hosts[h].team });
            }
        }
    }
    visits
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn instance() -> impl Strategy<Value = (Vec<Guest>, Vec<Host>, u32)> {
        (1usize..7, 0u32..4).prop_flat_map(|(teams, _)| {
            let team_ids: Vec<Uuid> = (0..teams).map(|_| Uuid::now_v7()).collect();
            let hosts = proptest::collection::vec(0u32..4, teams).prop_map({
                let ids = team_ids.clone();
                move |caps| {
                    ids.iter()
                        .zip(caps)
                        .map(|(team, weekly_capacity)| Host { team: *team, weekly_capacity })
                        .collect::<Vec<_>>()
                }
            });
            let guests = proptest::collection::vec(proptest::option::of(0..teams), 0..12).prop_map({
                let ids = team_ids.clone();
                move |own| {
                    own.into_iter()
                        .map(|t| Guest {
                            id: Uuid::now_v7(),
                            own_team: t.map(|i| ids[i]),
                            visited: Vec::new(),
                        })
                        .collect::<Vec<_>>()
                }
            });
            (guests, hosts, 0u32..6)
        })
    }

    proptest! {
        #[test]
        fn no_repeats_no_own_team_no_overfull_week((guests, hosts, weeks) in instance()) {
            let visits = plan(&guests, &hosts, weeks);
            let mut pairs = BTreeSet::new();
            let mut per_week: BTreeMap<(u32, Uuid), u32> = BTreeMap::new();
            let mut per_intern_week = BTreeSet::new();
            for v in &visits {
                prop_assert!(pairs.insert((v.intern, v.team)), "a repeated visit");
                prop_assert!(per_intern_week.insert((v.intern, v.week)), "two visits in one week");
                let guest = guests.iter().find(|g| g.id == v.intern).map(|g| g.own_team);
                prop_assert_ne!(guest, Some(Some(v.team)));
                *per_week.entry((v.week, v.team)).or_default() += 1;
            }
            for ((_, team), n) in per_week {
                let capacity = hosts.iter().find(|h| h.team == team).map_or(0, |h| h.weekly_capacity);
                prop_assert!(n <= capacity);
            }
        }
    }

    #[test]
    fn scarce_places_go_round_fairly() {
        // Two teams with one place each, three interns, two weeks: four places. Whoever missed
        // out in the first week goes in the second, so nobody ends with none.
        let hosts: Vec<Host> = (0..2).map(|_| Host { team: Uuid::now_v7(), weekly_capacity: 1 }).collect();
        let guests: Vec<Guest> = (0..3).map(|_| Guest { id: Uuid::now_v7(), ..Guest::default() }).collect();
        let visits = plan(&guests, &hosts, 2);
        let counts: Vec<usize> =
            guests.iter().map(|g| visits.iter().filter(|v| v.intern == g.id).count()).collect();
        assert_eq!(visits.len(), 4);
        assert!(counts.iter().all(|c| *c >= 1), "{counts:?}");
    }
}
