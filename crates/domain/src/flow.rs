//! Min-cost flow by successive shortest paths (Bellman-Ford queue on the residual graph), for
//! the assignments that must be optimal: mentor matching and shadowing rotations.

use std::collections::VecDeque;

/// A min-cost flow network (successive shortest paths, Bellman-Ford on the residual graph).
pub(crate) struct Flow {
    pub(crate) to: Vec<usize>,
    pub(crate) capacity: Vec<i64>,
    cost: Vec<i64>,
    next: Vec<Option<usize>>,
    head: Vec<Option<usize>>,
}

impl Flow {
    pub(crate) fn new(nodes: usize) -> Self {
        Flow {
            to: Vec::new(),
            capacity: Vec::new(),
            cost: Vec::new(),
            next: Vec::new(),
            head: vec![None; nodes],
        }
    }

    pub(crate) fn edge(&mut self, from: usize, to: usize, capacity: i64, cost: i64) {
        for (a, b, c, w) in [(from, to, capacity, cost), (to, from, 0, -cost)] {
            self.to.push(b);
            self.capacity.push(c);
            self.cost.push(w);
            self.next.push(self.head[a]);
            self.head[a] = Some(self.to.len() - 1);
        }
    }

    /// Pushes flow along cheapest paths while they lower the cost.
    pub(crate) fn run(&mut self, source: usize, sink: usize) {
        let n = self.head.len();
        loop {
            let mut distance = vec![i64::MAX; n];
            let mut via: Vec<Option<usize>> = vec![None; n];
            let mut queued = vec![false; n];
            let mut queue = VecDeque::from([source]);
            distance[source] = 0;
            while let Some(node) = queue.pop_front() {
                queued[node] = false;
                let mut edge = self.head[node];
                while let Some(e) = edge {
                    let to = self.to[e];
                    if self.capacity[e] > 0 && distance[node] + self.cost[e] < distance[to] {
                        distance[to] = distance[node] + self.cost[e];
                        via[to] = Some(e);
                        if !queued[to] {
                            queued[to] = true;
                            queue.push_back(to);
                        }
                    }
                    edge = self.next[e];
                }
            }
            // Stop when no path remains or the cheapest one would not lower the cost.
            if distance[sink] == i64::MAX || distance[sink] >= 0 {
                return;
            }
            let mut node = sink;
            while let Some(e) = via[node] {
                self.capacity[e] -= 1;
                self.capacity[e ^ 1] += 1;
                node = self.to[e ^ 1];
            }
        }
    }
}
