# Transliteration of the crick t-digest pseudocode of spec §12.6 (test reference only).
# Transliteration of spec §12.6 pseudocode (independent of the TS port).
import math
DBL_MAX=1.7976931348623157e308
class TD:
    def __init__(s,c):
        s.c=min(max(c,20),1000); s.cap=int((7.5+0.37*s.c)-(2e-4*s.c)*s.c)
        s.min=DBL_MAX; s.max=-DBL_MAX; s.cent=[]; s.tw=0.0; s.buf=[]; s.bw=0.0
    def scale(s,q):
        if q>1: q=1
        return (s.c*(math.asin(2*q-1)+math.pi/2))/math.pi
    def add(s,x,w=1.0):
        if math.isnan(x) or math.isinf(x): return
        if w<=2.220446049250313e-16: return
        if len(s.buf)==s.cap: s.flush()
        s.buf.append((x,w)); s.bw=s.bw+w
    def update(s,vals):
        for x in vals: s.add(float(x),1.0)
    def flush(s):
        if not s.buf: return
        b=sorted(s.buf,key=lambda t:t[0])
        if s.min>b[0][0]: s.min=b[0][0]
        if s.max<b[-1][0]: s.max=b[-1][0]
        old=s.cent; s.tw=s.tw+s.bw; s.bw=0.0
        out=[]; st={'k1':0.0,'so':0.0}
        def m1(u,w):
            k2=s.scale((st['so']+w)/s.tw)
            if not out: out.append([u,w])
            elif k2-st['k1']<=1:
                l=out[-1]; l[1]=l[1]+w; l[0]=l[0]+((u-l[0])*w)/l[1]
            else:
                out.append([u,w]); st['k1']=s.scale(st['so']/s.tw)
            st['so']=st['so']+w
        i=j=0
        while i<len(b) and j<len(old):
            if b[i][0]<old[j][0]: m1(*b[i]); i+=1
            else: m1(*old[j]); j+=1
        while i<len(b): m1(*b[i]); i+=1
        while j<len(old): m1(*old[j]); j+=1
        s.cent=out; s.buf=[]
    def quantile(s,q):
        s.flush()
        if s.tw==0: return float('nan')
        if q<=0: return s.min
        if q>=1: return s.max
        n=len(s.cent)
        if n==1: return s.cent[0][0]
        mid=[]; cum=0.0
        for m,w in s.cent: mid.append(cum+w/2.0); cum=cum+w
        idx=q*s.tw
        lo,hi=0,n
        while lo<hi:
            m=(lo+hi)//2
            if mid[m]<idx: lo=m+1
            else: hi=m
        i=lo
        x0,y0=(0,s.min) if i==0 else (mid[i-1],s.cent[i-1][0])
        x1,y1=(s.tw,s.max) if i==n else (mid[i],s.cent[i][0])
        return y0+((idx-x0)*(y1-y0))/(x1-x0)
