using EventHub.Benchmarks;

// dotnet run -c Release --project tests/EventHub.Benchmarks -- checkin [--clients 16]
var scenario = args.FirstOrDefault() ?? "";
var clients = args.SkipWhile(a => a != "--clients").Skip(1).Select(int.Parse).FirstOrDefault(16);
return scenario switch
{
    "checkin" => await CheckInBenchmark.RunAsync(clients),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/EventHub.Benchmarks -- checkin [--clients 16]");
    return 2;
}
