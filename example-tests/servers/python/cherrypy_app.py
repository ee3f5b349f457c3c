"""Hello World on cherrypy, as in the seed: GET /?name=World. Usage: python3 cherrypy_app.py PORT"""
import sys

import cherrypy


class Hello:
    @cherrypy.expose
    def index(self, name='World'):
        return 'Hello %s' % name


if __name__ == '__main__':
    cherrypy.config.update({
        'server.socket_host': '127.0.0.1',
        'server.socket_port': int(sys.argv[1]),
        # 'production' turns off the autoreloader and the access log on the console.
        'environment': 'production',
    })
    cherrypy.quickstart(Hello())
