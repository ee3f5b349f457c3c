# One connection at a time: read the request head, answer 200 "ok", close.
use strict;
use warnings;
use IO::Socket::INET;

my ($host, $port) = @ARGV;
my $server = IO::Socket::INET->new(LocalAddr => $host, LocalPort => $port, Listen => 128, ReuseAddr => 1)
    or die "cannot listen on $host:$port: $!\n";
$| = 1;
print "listening on $host:$port\n";
while (my $client = $server->accept) {
    while (my $line = <$client>) {
        last if $line eq "\r\n" || $line eq "\n";
    }
    print $client "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n";
    close $client;
}
