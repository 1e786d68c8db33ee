using EventHub.Benchmarks;

// dotnet run -c Release --project tests/EventHub.Benchmarks -- checkin [--clients 16] [--rounds 5]
// dotnet run -c Release --project tests/EventHub.Benchmarks -- register [--clients 64]
// dotnet run -c Release --project tests/EventHub.Benchmarks -- sync [--rounds 3]
var scenario = args.FirstOrDefault() ?? "";
var clients = Option("--clients");
var rounds = Option("--rounds");
return scenario switch
{
    "checkin" => await CheckInBenchmark.RunAsync(clients > 0 ? clients : 16, rounds > 0 ? rounds : 5),
    "register" => await RegistrationBenchmark.RunAsync(clients > 0 ? clients : 64),
    "sync" => await SyncBenchmark.RunAsync(rounds > 0 ? rounds : 3),
    _ => Usage(),
};

int Option(string name) => args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault();

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/EventHub.Benchmarks -- checkin [--clients 16] [--rounds 5] | register [--clients 64] | sync [--rounds 3]");
    return 2;
}
