from bot.clock import ManualClock
from bot.commands import Arg, CommandRouter, command
from bot.context import Context
from bot.events import Author, ChatMessage, Role
from bot.skill import Skill
from bot.testing import ScriptedBot


class Echo(Skill):
    name = "echo"

    @command("echo", help="say it back", args=(Arg("text", rest=True),), user_cooldown=10, global_cooldown=3,
             aliases=("say",))
    async def echo(self, ctx: Context) -> None:
        await ctx.reply(ctx.arg_text)

    @command("boom", help="always fails")
    async def boom(self, ctx: Context) -> None:
        raise RuntimeError("secret internal detail")

    @command("secret", help="mods only", permission="moderator")
    async def secret(self, ctx: Context) -> None:
        await ctx.reply("for mods")


async def test_permissions_and_cooldowns():
    async with ScriptedBot() as bot:
        await bot.bot.add_skill(Echo(bot.bot, Echo.Config()))
        assert [a["text"] for a in await bot.say("ann", "!echo hi there", at=0)] == ["hi there"]
        # global cooldown 3 s blocks bob at t=1, per-user 10 s blocks ann at t=5
        assert await bot.say("bob", "!echo x", at=1) == []
        assert await bot.say("ann", "!say again", at=5) == []
        assert [a["text"] for a in await bot.say("bob", "!say b", at=5)] == ["b"]
        assert [a["text"] for a in await bot.say("ann", "!echo later", at=11)] == ["later"]
        # moderators skip cooldowns
        assert len(await bot.say("mod", "!echo m", "moderator", at=11.5)) == 1
        assert await bot.say("ann", "!secret", at=20) == []
        assert [a["text"] for a in await bot.say("mod", "!secret", "moderator", at=20)] == ["for mods"]
        assert [a["text"] for a in await bot.say("vip", "!secret", "broadcaster", at=20)] == ["for mods"]


async def test_failing_handler_never_posts_a_traceback():
    async with ScriptedBot() as bot:
        await bot.bot.add_skill(Echo(bot.bot, Echo.Config()))
        assert await bot.say("ann", "!boom") == []
        # and the bot keeps working
        assert len(await bot.say("ann", "!echo ok")) == 1


async def test_slash_dispatch_collects_replies():
    async with ScriptedBot() as bot:
        await bot.bot.add_skill(Echo(bot.bot, Echo.Config()))
        msg = bot.console.message("ann", "/echo hello")
        replies = await bot.bot.dispatch_command(msg, "echo", ["hello"])
        assert [r.text for r in replies] == ["hello"]
        assert bot.records == []  # the adapter answers the interaction itself


def test_router_parse_and_clash():
    router = CommandRouter(ManualClock(), "!")
    skill = Echo.__new__(Echo)
    for cmd in Echo.commands(skill):
        router.add(cmd)
    parsed = router.parse("!ECHO@livebot  a  b")
    assert parsed is not None and parsed.command.name == "echo" and parsed.args == ["a", "b"]
    assert router.parse("echo a") is None and router.parse("!unknown") is None
    msg = ChatMessage("console", "#c", Author("u", "u", Role.SUBSCRIBER), "!secret", "1", 0.0)
    assert router.check(router.get("secret"), msg) == "needs moderator"
