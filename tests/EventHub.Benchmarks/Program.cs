using EventHub.Benchmarks;

// dotnet run -c Release --project tests/EventHub.Benchmarks -- checkin [--clients 16]
// dotnet run -c Release --project tests/EventHub.Benchmarks -- register [--clients 64]
var scenario = args.FirstOrDefault() ?? "";
var clients = args.SkipWhile(a => a != "--clients").Skip(1).Select(int.Parse).FirstOrDefault();
return scenario switch
{
    "checkin" => await CheckInBenchmark.RunAsync(clients > 0 ? clients : 16),
    "register" => await RegistrationBenchmark.RunAsync(clients > 0 ? clients : 64),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/EventHub.Benchmarks -- checkin [--clients 16] | register [--clients 64]");
    return 2;
}
