package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/statistics"
)

// statisticsService builds the statistics service; it holds nothing but the store, so it is
// built per call instead of joining the shared services.
func (r *Resolver) statisticsService() *statistics.Service {
	return statistics.New(statistics.Deps{Store: r.Store})
}

// DeskStatisticsTable answers the desk's figures as the CSV export lays them out, for the
// server's /exports/statistics.csv route, whose query parameters are the arguments.
func (r *Resolver) DeskStatisticsTable(ctx context.Context, from, to, groupBy string) (columns []string, rows [][]string, err error) {
	req, err := request(ctx)
	if err != nil {
		return nil, nil, err
	}
	return r.statisticsService().Export(ctx, req.Caller, from, to, groupBy)
}
