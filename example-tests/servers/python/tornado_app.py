"""Hello World on tornado, as in the seed: GET /hello?name=World. Usage: python3 tornado_app.py PORT"""
import sys

import tornado.ioloop
import tornado.web


class Hello(tornado.web.RequestHandler):
    def get(self):
        self.write('Hello %s' % self.get_argument('name', 'World'))


if __name__ == '__main__':
    app = tornado.web.Application([(r'/hello', Hello)])
    app.listen(int(sys.argv[1]), address='127.0.0.1')
    tornado.ioloop.IOLoop.current().start()
