package model

// DistinctIDs drops repeated IDs, keeping the first of each in order: loaders and
// IN lists want each row once.
func DistinctIDs(ids []int64) []int64 {
	seen := make(map[int64]bool, len(ids))
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
