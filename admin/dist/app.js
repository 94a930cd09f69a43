var z,fn,ca,Re,Lt,It,yn,Ct,hn,Bt,Ut,bn,dt=Symbol.for("pv"),$t={},St=[],ma=/^m(i|n|o|s|text|space)$/,Vt=Array.isArray,Dn=St.slice,Ke=Object.assign;function He(t){t&&t.parentNode&&t.remove()}function vt(t,n,i,o,r){var s={type:t,props:n,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:dt,__v:r||++fn,__i:-1,__u:0};return!r&&z.vnode&&z.vnode(s),s}function T(t){return t.children}function At(t,n){this.props=t,this.context=n,this.__g=0}function Oe(t,n){if(n==null)return t.__&&Oe(t.__,t.__i+1);for(var i;n<t.__k.length;n++)if((i=t.__k[n])&&i.__e)return i.__e;return typeof t.type!="function"||t.props.__P?null:Oe(t)}function ga(t){var n,i=t.__v,o=i.__e,r=[],s=[],d=t.__P;d&&((n=Ke({constructor:dt},i)).__v=i.__v+1,z.vnode&&z.vnode(n),Ht(d,n,i,t.__n,d.namespaceURI,32&i.__u?[o]:null,r,o||Oe(i),32&i.__u,s),n.__v=i.__v,n.__.__k[n.__i]=n,$n(r,n,s),i.__=i.__e=null,n.__e!=o&&Cn(n))}function Cn(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),Cn(t)}function jt(t){(8&t.__g||(t.__g|=8,Re.push(t),It++))&&Lt==z.debounceRendering||((Lt=z.debounceRendering)||queueMicrotask)(vn)}function vn(){try{for(var t,n=1;Re.length;)Re.length>n&&Re.sort(yn),t=Re.shift(),n=Re.length,8&t.__g&&ga(t)}finally{(It=Re.length)&&(Lt||queueMicrotask)(vn)}}function An(t,n,i,o,r,s,d,a,u,c,p){var D,h,m,b,A,I,L=o.__k||St,q=n.length;for(u=fa(i,n,L,u,q),D=0;D<q;D++)(m=i.__k[D])!=null&&(h=~m.__i&&L[m.__i]||$t,m.__i=D,I=Ht(t,m,h,r,s,d,a,u,c,p),b=m.__e,(h.ref!=m.ref||8&h.__u)&&(h.ref&&Kt(h.ref,null,m,h),m.ref&&p.push(m.ref,m.__c||b,m)),A=A||b,4&m.__u?(u=kn(m,u,t,!h.__v),h.__e&&(h.__e=null)):typeof m.type=="function"&&I!==void 0?u=I:b&&(u=b.nextSibling),m.__u&=-21);return i.__e=A,u}function fa(t,n,i,o,r){var s,d,a,u,c,p,D,h,m,b=i.length,A=b,I=0,L=0,q=t.__k=Array(r);for(s=0;s<r;s++)(d=n[s])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=q[s]=vt(null,d):Vt(d)?d=q[s]=vt(T,{children:d}):d.constructor===dt&&d.__b?d=q[s]=vt(d.type,d.props,d.key,d.ref,d.__v):q[s]=d,u=s+I,d.__=t,d.__b=t.__b+1,a=null,~(c=d.__i=ya(d,i,u,A))&&(A--,(a=i[c])&&(a.__u|=2)),a&&a.__v?(d.__u|=16,c==u-1?I--:c==u+1?I++:c!=u&&(c>u?I--:I++,L=1)):(~c||(r>b?I--:r<b&&I++),typeof d.type!="function"&&(d.__u|=4))):q[s]=null;if(L){for(p=[],D=[],s=0;s<r;s++)if((d=q[s])&&16&d.__u){for(I=0,h=p.length;I<h;)p[m=I+h>>1]<d.__i?I=m+1:h=m;p[I]=d.__i,D[s]=I+1}for(I=p.length;s--;)D[s]&&(D[s]==I?I--:q[s].__u|=4)}if(A)for(s=0;s<b;s++)!(a=i[s])||2&a.__u||(a.__e==o&&(o=Oe(a)),Qt(a,a));return o}function kn(t,n,i,o){var r,s,d,a;if(typeof t.type=="function"){if(t.props.__P)return n;if(r=t.__k)for(s=0;s<r.length;s++)r[s]&&(r[s].__=t,n=kn(r[s],n,i,!1));return n}for(n&&!n.parentNode&&(n=Oe(t))&&!n.parentNode&&(n=null),d=t.__e,a=n;a&&a.nodeType==8;)a=a.nextSibling;for(d!=a&&(!o&&i.moveBefore&&d.parentNode?i.moveBefore(d,n):i.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function ya(t,n,i,o){var r,s=t.key,d=t.type,a=n[i],u=a&&!(2&a.__u);if(a===null&&s==null||u&&s==a.key&&d==a.type)return i;if(o>(u?1:0)){for(r=i-1;r>=0;r--)if((a=n[r])&&!(2&a.__u)&&s==a.key&&d==a.type)return r;for(r=i+1;r<n.length;r++)if((a=n[r])&&!(2&a.__u)&&s==a.key&&d==a.type)return r}return-1}function gn(t,n,i){i==null&&(i=""),n[0]=="-"?t.setProperty(n,i):t[n]=i}function Dt(t,n,i,o,r){var s,d;if(n=="style")if(typeof i=="string")t.style.cssText=i;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)i&&n in i||gn(t.style,n);if(i)for(n in i)o&&i[n]==o[n]||gn(t.style,n,i[n])}else if(n[0]=="o"&&n[1]=="n")typeof i!="function"&&(i=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=i,i&&o||(d=Ut[n]||(Ut[n]=ha(n)),(t.__a||(t.__a={}))[n]=Bt,s=n!=(n=n.replace(hn,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),i?t.addEventListener(n,d,s):t.removeEventListener(n,d,s));else{if(r=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=i??"")}catch{}if(typeof i=="function")return;i==null||i===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&i==1?"":i)}}function ha(t){return function(n){var i=this.__e;if(i){if(i=i[t],n[Ct]==null)n[Ct]=Bt++;else if(n[Ct]<this.__a[t])return;return i(z.event?z.event(n):n)}}}function Ht(t,n,i,o,r,s,d,a,u,c){var p,D,h,m,b,A,I,L,q,_,x,be,st,Be,K,lt,qe,Ve,Fe=n.type;if(n.constructor!==dt)return null;128&i.__u&&(u=32&i.__u,p=i.__c.__z)&&(n.__u|=u,D=s=[],p.nodeType==8?a=kt(p,s):s.push(p),a=s[0]||a),(p=z.__b)&&p(n);e:if(typeof Fe=="function"){h=d.length;try{if(L=n.props,q=(p=Fe.prototype)&&p.render,_=(p=Fe.contextType)&&o[p.__c],x=p?_?_.props.value:p.__:o,(m=i.__c)?(n.__c=m,2&m.__g&&(m.__g|=1)):(q?n.__c=m=new Fe(L,x):(n.__c=m=new At(L,x),m.constructor=Fe,m.render=Da),_&&_.sub(m),m.state||(m.state={}),m.__n=o,m.__g|=8,m.__h=[],m.__k=[]),q&&(m.__s||(m.__s=m.state),Fe.getDerivedStateFromProps&&(m.__s==m.state&&(m.__s=Ke({},m.__s)),Ke(m.__s,Fe.getDerivedStateFromProps(L,m.__s)))),b=m.props,A=m.state,m.__v=n,i.__c){if(L!==b&&q&&!Fe.getDerivedStateFromProps&&m.componentWillReceiveProps&&m.componentWillReceiveProps(L,x),n.__v==i.__v&&!(8&m.__g)||!(4&m.__g)&&m.shouldComponentUpdate&&m.shouldComponentUpdate(L,m.__s,x)===!1){n.__v!=i.__v&&(m.props=L,m.state=m.__s,m.__g&=-9),n.__e=i.__e,n.__k=i.__k,n.__k.some(function(ce){ce&&(ce.__=n)}),St.push.apply(m.__h,m.__k),m.__k=[],m.__h.length&&d.push(m),a=Oe(i);break e}m.componentWillUpdate&&m.componentWillUpdate(L,m.__s,x),q&&m.componentDidUpdate&&m.__h.push(function(){m.componentDidUpdate(b,A,I)})}else q&&!Fe.getDerivedStateFromProps&&m.componentWillMount&&m.componentWillMount(),q&&m.componentDidMount&&m.__h.push(m.componentDidMount);m.context=x,m.props=L,m.__P=t,m.__g&=-5,be=z.__r,st=q?25:0;do m.__g&=-9,be&&be(n),p=m.render(m.props,m.state=m.__s,m.context);while(8&m.__g&&++st<25);q&&(St.push.apply(m.__h,m.__k),m.__k=[]),m.state=m.__s,m.getChildContext&&(o=Ke({},o,m.getChildContext())),q&&i.__c&&m.getSnapshotBeforeUpdate&&(I=m.getSnapshotBeforeUpdate(b,A)),Be=p&&p.type===T&&p.key==null?p.props.children:p,L.__P&&(p=a,r=(t=L.__P).namespaceURI,u=s=null,i.props&&i.props.__P!=t&&(i.__k.some(function(ce){ce&&Qt(ce,ce)}),i.__k=null),a=i.__k?Oe(i,0):null),a=An(t,Vt(Be)?Be:[Be],n,i,o,r,s,d,a,u,c),L.__P&&(n.__e=null,a=p),n.__u&=-161,D&&D.some(He),m.__h.length&&d.push(m),1&m.__g&&(m.__g&=-4)}catch(ce){if(d.length=h,n.__v=null,u||s)if(ce&&ce.then){if(n.__u|=128|u,s){for(~(qe=s.indexOf(a||void 0))||(qe=s.length);(Ve=s[qe-1])&&Ve.nodeType==8;)qe--;for(;qe<s.length;qe++)if(Ve=s[qe])if(s[qe]=null,K){if(Ve==lt)break}else{if(Ve.nodeType!=8)break;Ve.data.startsWith("$s")&&(lt=kt(K=Ve))}}if(!K){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;K=a}(p=kt(K=n.__c.__z||(n.__c.__z=K)))?(n.__e=K,a=p):n.__e=a,a=a&&a.nextSibling}else s&&s.some(He);else n.__e=i.__e;n.__k||(n.__k=i.__k||[]),ce&&ce.then||In(n),z.__e(ce,n,i)}}else a=n.__e=ba(i.__e,n,i,o,r,s,d,u,c,t);return(p=z.diffed)&&p(n),a}function kt(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var i=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))i++;else if(t.data.startsWith("/$s")&&!--i)return t}n&&n.push(t)}}function In(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(In))}function $n(t,n,i){for(var o=0;o<i.length;)Kt(i[o++],i[o++],i[o++]);z.__c&&z.__c(n,t),t.some(function(r){try{t=r.__h,r.__h=[],t.some(function(s){s.call(r)})}catch(s){z.__e(s,r.__v)}})}function ba(t,n,i,o,r,s,d,a,u,c){var p,D,h,m,b,A,I,L,q=i.props||$t,_=n.props,x=n.type;if(x=="svg"?r="http://www.w3.org/2000/svg":x=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),s){for(p=0;p<s.length;p++)if((b=s[p])&&(x?b.localName==x:b.nodeType==3)){t=b,s[p]=null;break}}if(!t){if(L=c.ownerDocument||document,!x)return L.createTextNode(_);t=L.createElementNS(r,x,_.is?_:c),a&&(z.__m&&z.__m(n,s),a=!1),s=null}if(x){if(c=x=="template"&&t.content||t,s=x=="textarea"&&_.defaultValue!=null?null:s&&Dn.call(c.childNodes),!a&&s)for(q={},p=0;p<t.attributes.length;p++)q[(b=t.attributes[p]).name]=b.value;for(p in q)b=q[p],p=="dangerouslySetInnerHTML"?h=b:p=="children"||p in _||p=="value"&&"defaultValue"in _||p=="checked"&&"defaultChecked"in _||Dt(t,p,null,b,r);for(p in _)b=_[p],p=="children"?m=b:p=="dangerouslySetInnerHTML"?D=b:p=="value"?A=b:p=="checked"?I=b:a&&typeof b!="function"||q[p]===b||Dt(t,p,b,q[p],r);D?(a||h&&(D.__html==h.__html||D.__html==t.innerHTML)||(t.innerHTML=D.__html),n.__k=[]):(h&&(t.textContent=""),(x=="foreignObject"||r=="http://www.w3.org/1998/Math/MathML"&&ma.test(x))&&(r="http://www.w3.org/1999/xhtml"),An(c,Vt(m)?m:[m],n,i,o,r,s,d,s?s[0]:i.__k&&Oe(i,0),a,u),s&&s.some(He)),a&&x!="textarea"||(p="value",x=="progress"&&A==null?t.removeAttribute(p):A==null||A===t[p]&&(x!="progress"||A)||Dt(t,p,A,q[p],r),p="checked",I!=null&&I!=t[p]&&Dt(t,p,I,q[p],r))}else q===_||a&&t.data==_||(t.data=_);return t}function Kt(t,n,i,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(r){z.__e(r,i)}}function Qt(t,n,i){var o,r,s,d;if(z.unmount&&z.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Kt(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){z.__e(a,n)}o.__P=o.__n=null}if(o=t.__k)for(d=0;d<o.length;d++)o[d]&&Qt(o[d],n,typeof t.type!="function"||i&&!t.props.__P);!i&&(o=t.__c)&&(o=o.__z)&&(r=kt(o,s=[]))&&(o==t.__e&&s.some(He),He(r),He(o)),i||He(t.__e),t.__e=t.__c=t.__=null}function Da(t,n,i){return this.constructor(t,i)}function Sn(t,n){var i,o,r,s;z.__&&z.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(i=t&&32&t.__u)?null:n.__k,n.__k=vt(T,{children:[t]}),r=[],s=[],Ht(n,n.__k,o||$t,$t,n.namespaceURI,o?null:n.firstChild?Dn.call(n.childNodes):null,r,o?o.__e:n.firstChild,i,s),$n(r,n.__k,s),n.__k.props.children=null}function Pn(t){function n(i){var o,r;return this.getChildContext||(o=new Set,(r={})[n.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(s){this.props.value!=s.value&&o.forEach(function(d){d.__g|=4,jt(d)})},this.sub=function(s){o.add(s);var d=s.componentWillUnmount;s.componentWillUnmount=function(){o.delete(s),d&&d.call(s)}}),i.children}return n.__c="__cC"+bn++,n.__=t,n.Provider=(n.Consumer=function(i,o){return i.children(o)}).contextType=n,n}z={__e:function(t,n,i,o){for(var r,s,d;n=n.__;)if((r=n.__c)&&!(1&r.__g)){r.__g|=4;try{if((d=(s=r.constructor)&&s.getDerivedStateFromError)&&r.setState(s.getDerivedStateFromError(t)),r.componentDidCatch&&(r.componentDidCatch(t,o||{}),d=1),d&&8&r.__g)return void(r.__g|=2)}catch(a){t=a}}throw It=0,t}},fn=0,ca=function(t){return t!=null&&t.constructor===dt},At.prototype.setState=function(t,n){var i=this.__s;i&&i!=this.state||(i=this.__s=Ke({},this.state)),typeof t=="function"&&(t=t(Ke({},i),this.props)),t&&(Ke(i,t),this.__v&&(n&&this.__k.push(n),jt(this)))},At.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),jt(this))},At.prototype.render=T,Re=[],It=0,yn=function(t,n){return t.__v.__b-n.__v.__b},Ct=Symbol(),hn=/(PointerCapture)$|Capture$/i,Bt=0,Ut={},bn=0;var Qe,Z,Wt,wn,Jt=Object.is,pt=0,Rn=[],zt=[],ne=z,xn=ne.__b,Tn=ne.__r,En=ne.diffed,Nn=ne.__c,Fn=ne.unmount,Mn=ne.__;function ct(t,n){ne.__h&&ne.__h(Z,t,pt||n),pt=0;var i=Z.__H||(Z.__H={__:[],__h:[]});return t>=i.__.length&&i.__.push({}),i.__[t]}function y(t){return pt=1,Ca(Bn,t)}function Ca(t,n,i){var o=ct(Qe++,2);if(o.t=t,!o.__c&&(o.__=[i?i(n):Bn(void 0,n),function(s){var d=(o.__N||o.__)[0],a=o.t(d,s);Jt(d,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=Z,!Z.__f)){Z.__f=!0;var r=Z.shouldComponentUpdate;Z.shouldComponentUpdate=function(s,d,a){var u=this.__H;if(!u)return!0;var c=!1,p=this.props!=s;if(u.__.some(function(h){h.__N&&(c=!0,Jt(h.__[0],h.__N[0])||(p=!0))}),r){var D=r.call(this,s,d,a);return c?D||p:D}return!c||p}}return o.__}function ee(t,n){var i=ct(Qe++,3);!ne.__s&&jn(i.__H,n)&&(i.__P=!0,i.__=t,i.u=n,Z.__H.__h.push(i))}function Me(t){return pt=5,On(function(){return{current:t}},[])}function On(t,n){var i=ct(Qe++,7);return jn(i.__H,n)&&(i.__=t(),i.__H=n),i.__}function Ln(t,n){return pt=8,On(function(){return t},n)}function Un(t){var n=Z.context[t.__c],i=ct(Qe++,9);return i.c=t,n?(i.__==null&&(i.__=!0,n.sub(Z)),n.props.value):t.__}function ue(){var t=ct(Qe++,11);if(!t.__){for(var n=Z.__v;!n.__m&&n.__;)n=n.__;var i=n.__m||(n.__m=[0,0]);t.__="P"+i[0]+"-"+i[1]++}return t.__}function va(){var t;do{for(;t=zt.shift();)try{ut(t)}catch(i){ne.__e(i,{__:(t=t.__P)&&t.__v})}for(;t=Rn.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(ut),n.__h.some(Gt),n.__h=[]}catch(i){n.__h=[],ne.__e(i,t.__v)}}}while(zt.length)}ne.__b=function(t){Z=null,xn&&xn(t)},ne.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),Mn&&Mn(t,n)},ne.__r=function(t){Tn&&Tn(t),Qe=0;var n=(Z=t.__c).__H;n&&(Wt==Z?Z.__h=[]:(n.__h.some(ut),n.__h.some(Gt),Qe=0),n.__h=[],n.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})),Wt=Z},ne.diffed=function(t){En&&En(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&qn(Rn.push(n)),n.__H.__.some(function(i){i.u&&(i.__H=i.u)})),Wt=Z=null},ne.__c=function(t,n){n.some(function(i){try{i.__h.some(ut),i.__h=i.__h.filter(function(o){return!o.__||Gt(o)})}catch(o){i.__h=[function(){throw o}]}}),Nn&&Nn(t,n)},ne.unmount=function(t){Fn&&Fn(t);var n,i,o=t.__c;o&&o.__H&&(o.__H.__.some(function(r){try{if(r.__P&&r.__c){if(i===void 0){for(i=t.__;i&&(!i.__c||!i.__c.__P);)i=i.__;i=i&&i.__c}r.__P=i,qn(zt.push(r))}else ut(r)}catch(s){n=s}}),o.__H=void 0,n&&ne.__e(n,o.__v))};var _n=typeof requestAnimationFrame=="function";function Aa(t){var n,i=function(){clearTimeout(o),_n&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(i,35);_n&&(n=requestAnimationFrame(i))}function qn(t){t!=1&&wn==ne.requestAnimationFrame||((wn=ne.requestAnimationFrame)||Aa)(va)}function ut(t){var n=Z,i=t.__c;typeof i=="function"&&(t.__c=void 0,i()),Z=n}function Gt(t){var n=Z;t.__c=t.__(),Z=n}function jn(t,n){return!t||t.length!=n.length||n.some(function(i,o){return!Jt(i,t[o])})}function Bn(t,n){return typeof n=="function"?n(t):n}var Vn="pppdesk.admin.lang",Xt=ka(),Yt=new Set;function ka(){try{return localStorage.getItem(Vn)==="en"?"en":"ja"}catch{return"ja"}}function me(){return Xt}function Hn(t){Xt=t;try{localStorage.setItem(Vn,t)}catch{}document.documentElement.lang=t,Yt.forEach(n=>n())}function Kn(t){return Yt.add(t),()=>Yt.delete(t)}function le(t,n){return(i,o)=>{let r=(Xt==="en"?n[i]:t[i])??String(i);return o?r.replace(/\{(\w+)\}/g,(s,d)=>d in o?String(o[d]):s):r}}var C=le({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Zt="pppdesk.admin.token";function We(){try{return sessionStorage.getItem(Zt)}catch{return null}}function Je(t){try{t?sessionStorage.setItem(Zt,t):sessionStorage.removeItem(Zt)}catch{}en.forEach(n=>n(t!==null))}var en=new Set;function Qn(t){return en.add(t),()=>en.delete(t)}var Wn=new URL("../",location.href),Ia=new URL("graphql",Wn),X=class extends Error{constructor(i,o,r){super(o);this.code=i;this.serverMessage=o;this.field=r}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:C("errBadInput"),CONFLICT:C("errConflict"),FORBIDDEN:C("errForbidden"),NOT_FOUND:C("errNotFound"),UNAUTHENTICATED:C("errUnauthenticated"),RATE_LIMITED:C("errRateLimited"),UNAVAILABLE:C("errUnavailable"),INTERNAL:C("errInternal"),NETWORK:C("errNetwork")}[this.code]];return this.field&&o.push(C("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(C("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Jn(t){return t instanceof X?t.clerkMessage():C("errInternal")}var $a=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Sa(t){let n=t.extensions?.code??"INTERNAL";return new X($a.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function zn(t,n){let i=We();i&&(n.Authorization=`Bearer ${i}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(Ia,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new X("NETWORK","")}let r;try{r=await o.json()}catch{throw new X(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(r.errors&&r.errors.length>0){let s=Sa(r.errors[0]);throw s.code==="UNAUTHENTICATED"&&i&&Je(null),s}if(!r.data)throw new X("INTERNAL",`HTTP ${o.status}`);return r.data}function w(t,n,i={}){let o={"Content-Type":"application/json"};return i.municipality&&(o["X-Municipality"]=i.municipality),zn({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function Pt(t,n,i){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let r={};return i.forEach((s,d)=>r[String(d)]=[s.path]),o.append("map",JSON.stringify(r)),i.forEach((s,d)=>o.append(String(d),s.file,s.file.name)),zn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function tn(t){return new URL(t.replace(/^\/+/,""),Wn)}async function Ye(t,n){let i=We(),o;try{o=await fetch(tn(t),{headers:i?{Authorization:`Bearer ${i}`}:{},credentials:"omit"})}catch{throw new X("NETWORK","")}if(o.status===401)throw Je(null),new X("UNAUTHENTICATED","");if(o.status===403)throw new X("FORBIDDEN","");if(o.status===404)throw new X("NOT_FOUND","");if(!o.ok)throw new X(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let r=URL.createObjectURL(await o.blob()),s=document.createElement("a");s.href=r,s.download=n,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}var k=class extends String{__apiType;value;__meta__;constructor(n,i){super(n),this.value=n,this.__meta__=i}toString(){return this.value}},Gn=new k(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),qd=new k(`
    fragment DeskStatisticsPeriod on StatisticsPeriod {
  label
  start
  end
  received
  receivedByKind {
    key
    count
  }
  assigned
  accepted
  declined
  withdrawn
  becameProjects
  becameAgreements
  daysToFirstResponse {
    count
    median
    p90
  }
  daysToDecision {
    count
    median
    p90
  }
}
    `,{fragmentName:"DeskStatisticsPeriod"}),Yn=new k(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),Xn=new k(`
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `,{fragmentName:"ContentCustomFieldValue"}),Zn=new k(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}`,{fragmentName:"ProposalPageFields"}),ei=new k(`
    mutation Logout {
  logout
}
    `),ti=new k(`
    query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        signedOn
        parties {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),ni=new k(`
    query ContentAgreement($id: ID!) {
  agreement(id: $id) {
    id
    kind
    title
    purpose
    parties {
      id
      name
    }
    signedOn
    termStartOn
    termEndOn
    items
    merits {
      side
      description
    }
    status
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),ii=new k(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),ri=new k(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),oi=new k(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),ai=new k(`
    query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
  announcements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: PUBLISHED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        category
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),si=new k(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),li=new k(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),di=new k(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ui=new k(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),pi=new k(`
    query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        locality
        category
        startOn
        endOn
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),ci=new k(`
    query ContentCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),mi=new k(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),gi=new k(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),fi=new k(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),yi=new k(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),hi=new k(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),bi=new k(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),Di=new k(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Ci=new k(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),vi=new k(`
    query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    labelJa
    labelEn
    type
    required
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `),Ai=new k(`
    query ContentMethodList($first: Int, $after: String) {
  collaborationMethods(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        name
        position
      }
    }
  }
}
    `),ki=new k(`
    query ContentMethod($id: ID!) {
  collaborationMethod(id: $id) {
    id
    key
    name
    description
    position
    version
  }
}
    `),Ii=new k(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),$i=new k(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Si=new k(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),Pi=new k(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),wi=new k(`
    query ContentPreview($token: String!) {
  preview(token: $token) {
    __typename
    id
    ... on Challenge {
      title
      background
      desiredOutcome
      department {
        name
      }
      tags
      opensAt
      closesAt
      media {
        ...ContentMediaItem
      }
    }
    ... on CaseStudy {
      title
      locality
      program
      caseCategory: category
      startOn
      endOn
      dateNote
      summary
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        ...ContentMediaItem
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      purpose
      parties {
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      agreementStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Project {
      title
      projectKind: kind
      summary
      startOn
      endOn
      site
      leadDepartment {
        name
      }
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      projectStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Announcement {
      title
      body
      category
      media {
        ...ContentMediaItem
      }
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),xi=new k(`
    query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
  projects(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        startOn
        endOn
        leadDepartment {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Ti=new k(`
    query ContentProject($id: ID!) {
  project(id: $id) {
    id
    kind
    title
    summary
    startOn
    endOn
    site
    leadDepartment {
      id
      name
    }
    partners {
      id
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    status
    agreement {
      id
      title
    }
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Ei=new k(`
    query ContentProjectAgreements {
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Ni=new k(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),Fi=new k(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Mi=new k(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),_i=new k(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),qi=new k(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),Ri=new k(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),Oi=new k(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),Li=new k(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),Ui=new k(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `),ji=new k(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),Bi=new k(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),Vi=new k(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),Hi=new k(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),Ki=new k(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),Qi=new k(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Wi=new k(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Ji=new k(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),zi=new k(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),Gi=new k(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),Yi=new k(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),Xi=new k(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Zi=new k(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),er=new k(`
    query SettingsCustomFields($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    target
    labelJa
    labelEn
    type
    required
    visibility
    order
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `),tr=new k(`
    mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
  defineCustomField(input: $input) {
    id
  }
}
    `),nr=new k(`
    mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
  updateCustomField(id: $id, input: $input) {
    id
  }
}
    `),ir=new k(`
    mutation SettingsCustomFieldDelete($id: ID!) {
  deleteCustomField(id: $id)
}
    `),rr=new k(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),or=new k(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),ar=new k(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),sr=new k(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),lr=new k(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),dr=new k(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
      answeredAt
      forwardedTo {
        id
        name
      }
      replies {
        id
        subject
        body
        sentBy
        sentAt
      }
    }
  }
}
    `),ur=new k(`
    mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
  replyToInquiry(id: $id, input: $input) {
    id
    answeredAt
  }
}
    `),pr=new k(`
    mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
  forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
    id
    forwardedTo {
      id
    }
  }
}
    `),cr=new k(`
    query DeskInquiryDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),mr=new k(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),gr=new k(`
    query DeskMunicipalitySettings {
  municipality {
    id
    slug
    itemUrlTemplate
  }
}
    `),fr=new k(`
    mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) {
    id
    itemUrlTemplate
  }
}
    `),yr=new k(`
    query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {
  deskStatistics(from: $from, to: $to, groupBy: $groupBy) {
    from
    to
    groupBy
    periods {
      ...DeskStatisticsPeriod
    }
    total {
      ...DeskStatisticsPeriod
      receivedByScheme {
        key
        count
      }
    }
  }
}
    fragment DeskStatisticsPeriod on StatisticsPeriod {
  label
  start
  end
  received
  receivedByKind {
    key
    count
  }
  assigned
  accepted
  declined
  withdrawn
  becameProjects
  becameAgreements
  daysToFirstResponse {
    count
    median
    p90
  }
  daysToDecision {
    count
    median
    p90
  }
}`),hr=new k(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),br=new k(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),Dr=new k(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),Cr=new k(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),vr=new k(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),Ar=new k(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),kr=new k(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Ir=new k(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),$r=new k(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Sr=new k(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Pr=new k(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),wr=new k(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),xr=new k(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Tr=new k(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),Er=new k(`
    query DisclosurePanel($id: ID!) {
  proposal(id: $id) {
    id
    disclosure {
      field
      level
      reason
      isDefault
      protectionRequested {
        reason
        requestedAt
      }
    }
    messages {
      id
      internal
      createdAt
      disclosureLevel
      disclosureReason
      protectionRequested {
        reason
        requestedAt
      }
    }
    attachments {
      id
      fileName
      disclosureLevel
      disclosureReason
      protectionRequested {
        reason
        requestedAt
      }
    }
  }
}
    `),Nr=new k(`
    mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {
  setDisclosureLevel(
    proposalId: $id
    target: $target
    level: $level
    reason: $reason
  ) {
    id
  }
}
    `),Fr=new k(`
    mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {
  produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {
    url
    filename
  }
}
    `),Mr=new k(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),_r=new k(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),qr=new k(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Rr=new k(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Or=new k(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
  permissions {
    resource
    action
    scope
  }
}
    `);var wa={"\n  mutation Logout {\n    logout\n  }\n":ei,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":ti,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":ni,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":ii,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ri,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":oi,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":ai,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":si,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":li,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":di,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":ui,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":pi,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":ci,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":mi,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":gi,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":fi,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":yi,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":hi,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":bi,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Di,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":Ci,"\n  fragment ContentCustomFieldValue on CustomFieldValue {\n    key\n    text\n    number\n    date\n    boolean\n    choices\n    definition {\n      labelJa\n      labelEn\n      type\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":Xn,"\n  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      labelJa\n      labelEn\n      type\n      required\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":vi,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":Ai,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":ki,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":Ii,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":$i,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":Si,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Pi,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":wi,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":xi,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":Ti,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Ei,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":Ni,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Fi,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":Mi,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":_i,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":qi,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":Ri,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Oi,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":Li,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":Ui,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":ji,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":Gn,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":Bi,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":Vi,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":Hi,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":Ki,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Qi,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Wi,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Ji,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":zi,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Gi,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Yi,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Xi,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":Zi,"\n  query SettingsCustomFields($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      target\n      labelJa\n      labelEn\n      type\n      required\n      visibility\n      order\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":er,"\n  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {\n    defineCustomField(input: $input) {\n      id\n    }\n  }\n":tr,"\n  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {\n    updateCustomField(id: $id, input: $input) {\n      id\n    }\n  }\n":nr,"\n  mutation SettingsCustomFieldDelete($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n":ir,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":rr,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":or,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":ar,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":sr,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":lr,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n        answeredAt\n        forwardedTo {\n          id\n          name\n        }\n        replies {\n          id\n          subject\n          body\n          sentBy\n          sentAt\n        }\n      }\n    }\n  }\n":dr,"\n  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {\n    replyToInquiry(id: $id, input: $input) {\n      id\n      answeredAt\n    }\n  }\n":ur,"\n  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {\n    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {\n      id\n      forwardedTo {\n        id\n      }\n    }\n  }\n":pr,"\n  query DeskInquiryDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":cr,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":mr,"\n  query DeskMunicipalitySettings {\n    municipality {\n      id\n      slug\n      itemUrlTemplate\n    }\n  }\n":gr,"\n  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {\n    updateMunicipality(input: $input) {\n      id\n      itemUrlTemplate\n    }\n  }\n":fr,"\n  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {\n    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      periods {\n        ...DeskStatisticsPeriod\n      }\n      total {\n        ...DeskStatisticsPeriod\n        receivedByScheme {\n          key\n          count\n        }\n      }\n    }\n  }\n  fragment DeskStatisticsPeriod on StatisticsPeriod {\n    label\n    start\n    end\n    received\n    receivedByKind {\n      key\n      count\n    }\n    assigned\n    accepted\n    declined\n    withdrawn\n    becameProjects\n    becameAgreements\n    daysToFirstResponse {\n      count\n      median\n      p90\n    }\n    daysToDecision {\n      count\n      median\n      p90\n    }\n  }\n":yr,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":hr,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":br,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":Dr,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":Cr,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":vr,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":Ar,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":kr,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Ir,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":$r,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Sr,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Pr,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":wr,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":xr,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Tr,"\n  query DisclosurePanel($id: ID!) {\n    proposal(id: $id) {\n      id\n      disclosure {\n        field\n        level\n        reason\n        isDefault\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      messages {\n        id\n        internal\n        createdAt\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      attachments {\n        id\n        fileName\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n    }\n  }\n":Er,"\n  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {\n    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {\n      id\n    }\n  }\n":Nr,"\n  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {\n    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {\n      url\n      filename\n    }\n  }\n":Fr,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Yn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":Mr,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":_r,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    customFields {\n      ...ContentCustomFieldValue\n    }\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Zn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":qr,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Rr,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":Or};function v(t){return wa[t]??{}}function E(t,n,i=!1){let o=JSON.stringify(n),[r,s]=y(void 0),[d,a]=y(void 0),[u,c]=y(!i),p=Me(0),D=Ln(async()=>{if(i)return;let h=++p.current;c(!0);try{let m=await w(t,JSON.parse(o));h===p.current&&(s(m),a(void 0))}catch(m){h===p.current&&a(m instanceof X?m:new X("INTERNAL",String(m)))}finally{h===p.current&&c(!1)}},[t,o,i]);return ee(()=>{D()},[D]),{data:r,error:d,loading:u,reload:D}}function R(t){let[n,i]=y(!1),[o,r]=y(void 0);return{run:async(...d)=>{i(!0),r(void 0);try{return await t(...d)}catch(a){r(a instanceof X?a:new X("INTERNAL",String(a)));return}finally{i(!1)}},busy:n,error:o,clear:()=>r(void 0)}}function Lr(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function Ur(){let[t,n]=y(Lr);return ee(()=>{let i=()=>n(Lr());return window.addEventListener("hashchange",i),()=>window.removeEventListener("hashchange",i)},[]),t}function O(t,n){let i=new URLSearchParams;for(let[r,s]of Object.entries(n??{}))s&&i.set(r,s);let o=i.toString();return`#${t}${o?`?${o}`:""}`}function de(t,n){location.hash=O(t,n)}function xa(t,n){let i=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(i.length!==o.length)return null;let r={};for(let s=0;s<i.length;s++){let d=i[s];if(d.startsWith(":"))r[d.slice(1)]=decodeURIComponent(o[s]);else if(d!==o[s])return null}return r}function jr(t,n){for(let i of t){let o=xa(i.path,n);if(o)return{route:i,params:o}}return null}var f=le({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var Br=v(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
    permissions {
      resource
      action
      scope
    }
  }
`);function oe(t,n){return n?t.permissions.some(i=>i.resource===n.resource&&i.action===n.action):!0}var nn=Pn(null);function ge(){let t=Un(nn);if(!t)throw new Error("useViewer outside a signed-in app");return t}var Ta=Symbol.for("pv"),Ea=0;function e(t,n,i,o,r,s){n||(n={});var d,a,u=n;if("ref"in u&&typeof t!="function")for(a in u={},n)a=="ref"?d=n[a]:u[a]=n[a];var c={type:t,props:u,key:i,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Ta,__v:--Ea,__i:-1,__u:0};return(r||s)&&(c.__source=r,c.__self=s),z.vnode&&z.vnode(c),c}var Na=v(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function Vr(){let t=ge(),n=oe(t,{resource:"proposal",action:"read"}),i=E(Na,{},!n),o=i.data?.proposals.totalCount??0,r=mt.filter(s=>s.nav&&s.path!=="/"&&oe(t,s.permission)).sort((s,d)=>s.nav.order-d.nav.order);return e("section",{children:[e("h1",{children:C("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),n&&i.data&&e("p",{class:o>0?"banner banner-notice":"muted","data-testid":"home-attention",children:o>0?e("a",{href:O("/proposals",{attention:"1"}),children:f("homeAttention",{n:o})}):f("attentionNone")}),e("ul",{class:"tiles",children:r.map(s=>e("li",{children:e("a",{class:"tile",href:O(s.path),children:s.nav.label()})},s.path))})]})}var wt="Asia/Tokyo",Fa=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:wt}),Ma=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),_a=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:wt}),Hr=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:wt}),qa=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:wt});function Kr(t){return t.replace(/(\D)1年/,"$1元年")}function W(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let i=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return me()==="en"?t:`${Kr(Ma.format(i))}（${t}）`}function M(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let i=_a.format(n);return me()==="en"?`${qa.format(n)} ${Hr.format(n)}`:`${Kr(Fa.format(n))}（${i}）${Hr.format(n)}`}function j({tone:t="neutral",icon:n,children:i,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),i]})}function S({error:t,onRetry:n,retryLabel:i}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:Jn(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:i})]}):null}function U({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function B({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function $({variant:t="secondary",busy:n,disabled:i,children:o,type:r,...s}){return e("button",{...s,type:r??"button",class:`btn btn-${t}`,disabled:i||n,"aria-busy":n?"true":void 0,children:o})}function rn({id:t,label:n,required:i}){return e("label",{for:t,children:[n,i&&e("span",{class:"required",children:[" （",C("required"),"）"]})]})}function xt(t,n,i){return[n?`${t}-help`:"",i?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function Tt({id:t,help:n,error:i}){return e(T,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),i&&e("p",{class:"field-error",id:`${t}-err`,children:i})]})}function P(t){let n=ue();return e("div",{class:"field",children:[e(rn,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":xt(n,t.help,t.error),"data-testid":t.testid,onInput:i=>t.onInput(i.currentTarget.value)}),e(Tt,{id:n,help:t.help,error:t.error})]})}function V(t){let n=ue();return e("div",{class:"field",children:[e(rn,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":xt(n,t.help,t.error),"data-testid":t.testid,onInput:i=>t.onInput(i.currentTarget.value)}),e(Tt,{id:n,help:t.help,error:t.error})]})}function F(t){let n=ue();return e("div",{class:"field",children:[e(rn,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":xt(n,t.help,t.error),"data-testid":t.testid,onChange:i=>t.onChange(i.currentTarget.value),children:t.options.map(i=>e("option",{value:i.value,children:i.label},i.value))}),e(Tt,{id:n,help:t.help,error:t.error})]})}function Ce(t){let n=ue();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":xt(n,t.help,t.error),"data-testid":t.testid,onChange:i=>t.onChange(i.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(Tt,{id:n,help:t.help,error:t.error})]})}function H({legend:t,children:n,class:i}){return e("fieldset",{class:`fieldset ${i??""}`,children:[e("legend",{children:t}),n]})}function te(t){let[n,i]=y([]);ee(()=>i([]),[t.resetKey]);let o=t.page?.edges??[],r=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(s=>e("th",{scope:"col",class:s.class,children:s.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:C("empty")})}),o.map(s=>e("tr",{children:t.columns.map(d=>e("td",{class:d.class,children:d.cell(s.node)}))},t.rowKey(s.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?C("pageInfo",{from:r,to:r+o.length-1,n:t.page.totalCount}):C("totalCount",{n:t.page.totalCount})}),e($,{disabled:n.length===0,onClick:()=>{let s=n.slice(0,-1);i(s),t.onAfter(n[n.length-1]??null)},children:["← ",C("prev")]}),e($,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{i([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[C("next")," →"]})]})]})}function Ra(t){return f(`status${t}`)}function Xe(t){return f(`kind${t}`)}var Oa={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Et({status:t}){return e(j,{tone:Oa[t],testid:"proposal-status",children:Ra(t)})}var Qr=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Wr(t){return t<1024?f("bytes",{n:t}):t<1024*1024?f("kb",{n:(t/1024).toFixed(1)}):f("mb",{n:(t/1024/1024).toFixed(1)})}v(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var Jr=v(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),La=v(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Nt=20,Ua=["status","kind","challenge","department","from","to","q","attention"];function ja(t){let n={};for(let i of Ua){let o=t.get(i);o&&(n[i]=o)}return n}function Ba(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function Va(t){let n=new Map;return t.map(i=>{let o=i.parent?(n.get(i.parent.id)??0)+1:0;return n.set(i.id,o),{value:i.id,label:`${"　".repeat(o)}${i.name}`}})}function zr({query:t}){let n=ja(t),[i,o]=y(n),r=Ba(n),s=JSON.stringify(r),[d,a]=y({key:s,after:null}),u=d.key===s?d.after:null,c=A=>a({key:s,after:A}),p=E(Jr,{first:Nt,after:u,filter:r}),D=E(La,{}),h=A=>I=>o({...i,[A]:I}),m=A=>{c(null),de("/proposals",A)},b=Ka();return e("section",{children:[e("h1",{children:f("inboxTitle")}),!n.attention&&e(Ha,{columns:b}),e("h2",{class:"visually-hidden",children:f("inboxCaption")}),e("nav",{"aria-label":f("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:O("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:f("all")})}),Qr.map(A=>e("li",{children:e("a",{href:O("/proposals",{...n,status:A}),"aria-current":n.status===A?"page":void 0,"data-testid":`status-tab-${A}`,children:f(`status${A}`)})},A))]})}),e("form",{class:"filters",role:"search",onSubmit:A=>{A.preventDefault(),m(i)},children:[e(H,{legend:f("filters"),class:"filters-grid",children:[e(P,{label:f("search"),type:"search",value:i.q??"",onInput:h("q"),testid:"filter-search"}),e(F,{label:f("kind"),value:i.kind??"",onChange:h("kind"),options:[{value:"",label:f("any")},...["FREE","CHALLENGE"].map(A=>({value:A,label:Xe(A)}))]}),e(F,{label:f("challenge"),value:i.challenge??"",onChange:h("challenge"),options:[{value:"",label:f("any")},...D.data?.challenges.edges.map(A=>({value:A.node.id,label:A.node.title}))??[]]}),e(F,{label:f("department"),value:i.department??"",onChange:h("department"),options:[{value:"",label:f("any")},...Va(D.data?.municipality.departments??[])],testid:"filter-department"}),e(P,{label:f("submittedFrom"),type:"date",value:i.from??"",onInput:h("from")}),e(P,{label:f("submittedTo"),type:"date",value:i.to??"",onInput:h("to")}),e(Ce,{label:f("onlyAttention"),checked:!!i.attention,onChange:A=>o({...i,attention:A?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary","data-testid":"filter-apply",children:f("apply")}),e($,{onClick:()=>{o({}),m({})},children:f("reset")})]})]}),e(S,{error:p.error,onRetry:()=>{p.reload()},retryLabel:C("retry")}),p.loading&&!p.data&&e(B,{label:C("loading")}),p.data&&e(te,{caption:f("inboxCaption"),columns:b,page:p.data.proposals,after:u,onAfter:c,resetKey:s,rowKey:A=>A.id,pageSize:Nt,testid:"inbox-table"})]})}function Ha({columns:t}){let[n,i]=y(null),o=E(Jr,{first:Nt,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:f("attentionTitle")}),e("p",{class:"help",children:f("attentionHelp")}),e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.data&&(o.data.proposals.totalCount===0?e("p",{class:"muted",children:f("attentionNone")}):e(te,{caption:f("attentionCaption"),columns:t,page:o.data.proposals,after:n,onAfter:i,resetKey:"attention",rowKey:r=>r.id,pageSize:Nt,testid:"attention-table"}))]})}function Ka(){return[{header:f("colTitle"),cell:t=>e("a",{href:O(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:f("colProposer"),cell:t=>t.organization?.name??""},{header:f("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${Xe(t.kind)}：${t.challenge.title}`:Xe(t.kind)},{header:f("colStatus"),cell:t=>e(Et,{status:t.status})},{header:f("colSubmitted"),cell:t=>t.submittedAt?M(t.submittedAt):f("notSubmitted")},{header:f("colFlags"),cell:t=>e(T,{children:[t.overdue&&e(j,{tone:"danger",icon:"!",children:f("overdue")})," ",t.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",children:f("unread",{n:t.unreadMessageCount})})]})},{header:f("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${W(n.dueOn)}）`,n.respondedAt&&e(j,{tone:"success",children:f("answered")})]},n.department.id))})}]}function ae(t){let n=Me(null),i=ue(),o=Me(null);return ee(()=>{let r=n.current;r&&(t.open&&!r.open?(o.current=document.activeElement,r.showModal()):!t.open&&r.open&&(r.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":i,onCancel:r=>{r.preventDefault(),t.onCancel()},children:[e("h2",{id:i,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e($,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??C("ok")}),e($,{onClick:t.onCancel,children:C("cancel")})]})]})}function on(t){return new Set(t.viewerActions)}var Qa=v(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Wa=v(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ja=v(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),za=v(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ga=v(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),Ya=v(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function Gr({p:t,actions:n,notice:i,onChange:o}){let r=["ASSIGN","RESPOND","DECIDE","LINK"].some(s=>n.has(s));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:f("secActions")}),e(U,{children:i}),!r&&e("p",{class:"muted",children:f("noActions")}),n.has("ASSIGN")&&e(Xa,{p:t,onChange:o}),n.has("RESPOND")&&e(Za,{p:t,onChange:o}),n.has("DECIDE")&&e(es,{p:t,onChange:o}),n.has("LINK")&&e(ts,{p:t,onChange:o})]})}function Xa({p:t,onChange:n}){let i=E(Ga,{}),[o,r]=y(new Set),[s,d]=y(""),[a,u]=y(!1),c=R(async()=>{let m=await w(Qa,{id:t.id,departmentIds:[...o],dueOn:s||null});r(new Set),n(m.assignProposal.proposal,f("assigned"))}),p=new Set(t.assignments.map(m=>m.department.id)),D=new Map,h=(i.data?.municipality.departments??[]).map(m=>{let b=m.parent?(D.get(m.parent.id)??0)+1:0;return D.set(m.id,b),{...m,depth:Math.min(b,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:f("assignTitle")}),e("p",{class:"help",children:f("assignHelp")}),e("form",{onSubmit:m=>{if(m.preventDefault(),o.size===0){u(!0);return}u(!1),c.run()},children:[e(H,{legend:f("assignDepartments"),class:"tree",children:[e(S,{error:i.error}),e("ul",{class:"plain",children:h.map(m=>e("li",{class:`depth-${m.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:p.has(m.id)||o.has(m.id),disabled:p.has(m.id),onChange:b=>{let A=new Set(o);b.currentTarget.checked?A.add(m.id):A.delete(m.id),r(A)}})," ",m.name]})},m.id))}),a&&e("p",{class:"field-error",role:"alert",children:f("assignPick")})]}),e(P,{label:f("assignDue"),type:"date",value:s,onInput:d,testid:"assign-due"}),e(S,{error:c.error}),e($,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"assign-submit",children:f("assignSubmit")})]})]})}function Za({p:t,onChange:n}){let[i,o]=y(""),[r,s]=y(""),[d,a]=y(!1),u=R(async()=>{let c=await w(Wa,{id:t.id,opinion:i,feasible:r==="yes"});n(c.respondToAssignment.proposal,f("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:f("respondTitle")}),e("form",{onSubmit:c=>{c.preventDefault(),a(!0),!(!i.trim()||!r)&&u.run()},children:[e(H,{legend:f("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:r==="yes",onChange:()=>s("yes"),"data-testid":"respond-feasible-yes"})," ",f("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:r==="no",onChange:()=>s("no"),"data-testid":"respond-feasible-no"})," ",f("feasibleNo")]}),d&&!r&&e("p",{class:"field-error",children:f("respondFeasible")})]}),e(V,{label:f("respondOpinion"),required:!0,value:i,onInput:o,error:d&&!i.trim()?f("opinionRequired"):void 0,testid:"respond-opinion"}),e(S,{error:u.error}),e($,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"respond-submit",children:f("respondSubmit")})]})]})}function es({p:t,onChange:n}){let[i,o]=y(""),[r,s]=y(""),[d,a]=y(!1),[u,c]=y(!1),p=R(async()=>{if(!i)return;let h=await w(Ja,{id:t.id,decision:i,reason:r});c(!1),n(h.decideProposal.proposal,f("decided"))}),D=i==="ACCEPTED"?f("decideAccept"):f("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:f("decideTitle")}),e("form",{onSubmit:h=>{h.preventDefault(),a(!0),!(!i||!r.trim())&&c(!0)},children:[e(H,{legend:f("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:i==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",f("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:i==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",f("decideDecline")]}),d&&!i&&e("p",{class:"field-error",children:f("decision")})]}),e(V,{label:f("reason"),help:f("reasonHelp"),required:!0,value:r,onInput:s,error:d&&!r.trim()?f("reasonRequired"):void 0,testid:"decide-reason"}),e(S,{error:p.error}),e($,{type:"submit",variant:"primary","data-testid":"decide-submit",children:f("decideSubmit")})]}),e(ae,{open:u,title:f("decideConfirmTitle"),confirmLabel:D,danger:i==="DECLINED",busy:p.busy,onConfirm:()=>{p.run()},onCancel:()=>c(!1),children:[e("p",{children:f("decideConfirm",{title:t.title,decision:D})}),e("p",{class:"prewrap",children:[f("reason"),"：",r]}),e(S,{error:p.error})]})]})}function ts({p:t,onChange:n}){let i=E(Ya,{}),[o,r]=y(""),[s,d]=y(""),[a,u]=y(""),[c,p]=y(""),[D,h]=y("PARTNERSHIP"),[m,b]=y("BUSINESS"),[A,I]=y(""),[L,q]=y(""),[_,x]=y(!1),be=R(async()=>{let K=await w(za,{id:t.id,projectId:o==="existing"&&a?a:null,agreementId:s==="existing"&&c?c:null,newProject:o==="new"?{kind:D,title:A.trim()||null}:null,newAgreement:s==="new"?{kind:m,title:L.trim()||null}:null});r(""),d(""),n(K.linkProposalOutcome.proposal,f("linked")),i.reload()}),st=[{value:"",label:f("linkNone")},{value:"existing",label:f("linkExisting")},{value:"new",label:f("linkNew")}],Be={value:"",label:f("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:f("linkTitle")}),e("p",{class:"help",children:f("linkHelp")}),e(S,{error:i.error}),e("form",{onSubmit:K=>{K.preventDefault();let lt=o==="existing"&&a||o==="new"||s==="existing"&&c||s==="new";x(!lt),lt&&be.run()},children:[e(H,{legend:f("linkProject"),children:[e(F,{label:f("linkProject"),value:o,onChange:K=>r(K),options:st,testid:"link-project-mode"}),o==="existing"&&e(F,{label:f("linkPick"),value:a,onChange:u,options:[Be,...i.data?.projects.edges.map(K=>({value:K.node.id,label:K.node.title}))??[]],testid:"link-project"}),o==="new"&&e(T,{children:[e(F,{label:f("newKind"),value:D,onChange:K=>h(K),options:["PARTNERSHIP","DEMONSTRATION"].map(K=>({value:K,label:f(`proj${K}`)}))}),e(P,{label:f("newTitle"),value:A,onInput:I})]})]}),e(H,{legend:f("linkAgreement"),children:[e(F,{label:f("linkAgreement"),value:s,onChange:K=>d(K),options:st,testid:"link-agreement-mode"}),s==="existing"&&e(F,{label:f("linkPick"),value:c,onChange:p,options:[Be,...i.data?.agreements.edges.map(K=>({value:K.node.id,label:K.node.title}))??[]],testid:"link-agreement"}),s==="new"&&e(T,{children:[e(F,{label:f("newKind"),value:m,onChange:K=>b(K),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(K=>({value:K,label:f(`agr${K}`)}))}),e(P,{label:f("newTitle"),value:L,onInput:q})]})]}),_&&e("p",{class:"field-error",role:"alert",children:f("linkNothing")}),e(S,{error:be.error}),e($,{type:"submit",variant:"primary",busy:be.busy,"data-testid":"link-submit",children:f("linkSubmit")})]})]})}var N=le({navCustomFields:"設定：独自項目",title:"独自項目の設定",intro:"提案や各コンテンツに、この自治体独自の入力項目を追加できます。必須の項目は、提案では提出時、コンテンツでは公開時に確認されます。",target:"対象",targetPROPOSAL:"提案",targetCHALLENGE:"行政課題",targetAGREEMENT:"協定",targetPROJECT:"連携事業",targetCASE_STUDY:"連携事例",targetANNOUNCEMENT:"お知らせ",caption:"{target}の独自項目（並び順）",none:"この対象に独自項目はありません。",key:"識別子",keyHelp:"英小文字で始まる英数字・アンダースコア（例：appleVariety）。データの出力では列名になります。",labelJa:"項目名（日本語）",labelEn:"項目名（英語）",type:"種類",typeTEXT:"一行のテキスト",typeLONG_TEXT:"複数行のテキスト",typeNUMBER:"数値",typeDATE:"日付",typeSINGLE_CHOICE:"選択肢から一つ",typeMULTIPLE_CHOICE:"選択肢から複数",typeBOOLEAN:"はい・いいえ",typeFixed:"種類と対象は作成後に変更できません。",required:"必須",requiredHelp:"提案は提出時、コンテンツは公開時に入力が必要になります。",visibility:"見せる範囲",visibilityPUBLIC:"公開（その項目を見られる人全員・公開データにも出力）",visibilityPROPOSER:"提案者と職員（コンテンツでは職員のみ）",visibilitySTAFF:"職員のみ",order:"並び順",choices:"選択肢",choicesHelp:"1行に1つ。「値|日本語|英語」の形で書きます（例：fuji|ふじ|Fuji）。",define:"項目を追加",defineTitle:"独自項目を追加",editTitle:"「{label}」を編集",save:"保存",cancel:"キャンセル",edit:"編集",remove:"削除",removeTitle:"「{label}」を削除しますか？",removeBody:"この項目に入力済みの値もすべて削除されます（操作ログには残ります）。",defined:"「{label}」を追加しました。",updated:"「{label}」を保存しました。",removed:"「{label}」を削除しました。",yes:"はい",no:"いいえ",unset:"（未選択）",sectionTitle:"独自項目",empty:"（未入力）",requiredMark:"（必須）"},{navCustomFields:"Settings: custom fields",title:"Custom fields",intro:"Add fields of your own to proposals and to each kind of content. Required fields are checked when a proposal is submitted and when content is published.",target:"Target",targetPROPOSAL:"Proposals",targetCHALLENGE:"Challenges",targetAGREEMENT:"Agreements",targetPROJECT:"Projects",targetCASE_STUDY:"Case studies",targetANNOUNCEMENT:"Announcements",caption:"Custom fields of {target}, in order",none:"No custom fields for this target.",key:"Key",keyHelp:"A lower-case letter, then letters, digits or underscores (e.g. appleVariety). Exports use it as the column name.",labelJa:"Label (Japanese)",labelEn:"Label (English)",type:"Type",typeTEXT:"One line of text",typeLONG_TEXT:"Longer text",typeNUMBER:"Number",typeDATE:"Date",typeSINGLE_CHOICE:"One choice",typeMULTIPLE_CHOICE:"Several choices",typeBOOLEAN:"Yes or no",typeFixed:"Type and target cannot change once created.",required:"Required",requiredHelp:"Needed to submit a proposal or publish content.",visibility:"Who sees it",visibilityPUBLIC:"Public (whoever reads the item; in open data too)",visibilityPROPOSER:"Proposer and staff (staff only on content)",visibilitySTAFF:"Staff only",order:"Order",choices:"Choices",choicesHelp:"One per line, as value|Japanese|English (e.g. fuji|ふじ|Fuji).",define:"Add field",defineTitle:"Add a custom field",editTitle:"Edit “{label}”",save:"Save",cancel:"Cancel",edit:"Edit",remove:"Delete",removeTitle:"Delete “{label}”?",removeBody:"Every value entered for it is deleted too (the audit log keeps a record).",defined:"Added “{label}”.",updated:"Saved “{label}”.",removed:"Deleted “{label}”.",yes:"Yes",no:"No",unset:"(none)",sectionTitle:"Custom fields",empty:"(empty)",requiredMark:" (required)"});v(`
  fragment ContentCustomFieldValue on CustomFieldValue {
    key
    text
    number
    date
    boolean
    choices
    definition {
      labelJa
      labelEn
      type
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`);var ns=v(`
  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      labelJa
      labelEn
      type
      required
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`),ve={dirty:!1,values:{}};function Ae(t){let n={};for(let i of t??[])n[i.key]={type:i.definition.type,text:i.text??void 0,number:i.number==null?void 0:String(i.number),date:i.date??void 0,boolean:i.boolean??null,choices:i.choices??void 0};return{dirty:!1,values:n}}function ke(t){if(!t.dirty)return null;let n=[];for(let[i,o]of Object.entries(t.values))switch(o.type){case"TEXT":case"LONG_TEXT":o.text&&o.text.trim()!==""&&n.push({key:i,text:o.text});break;case"NUMBER":o.number&&o.number.trim()!==""&&n.push({key:i,number:Number(o.number)});break;case"DATE":o.date&&n.push({key:i,date:o.date});break;case"BOOLEAN":o.boolean!=null&&n.push({key:i,boolean:o.boolean});break;default:o.choices&&o.choices.length>0&&n.push({key:i,choices:o.choices})}return n}function gt(t){return me()==="en"&&t.labelEn?t.labelEn:t.labelJa}function Ie(t){let n=E(ns,{target:t.target}),i=n.data?.customFieldDefinitions??[];return n.error?e(S,{error:n.error}):i.length===0?null:e(H,{legend:N("sectionTitle"),class:"custom-fields",children:i.map(o=>{let r=t.value.values[o.key]??{type:o.type},s=u=>t.onChange({dirty:!0,values:{...t.value.values,[o.key]:{...r,type:o.type,...u}}}),d=gt(o)+(o.required?N("requiredMark"):""),a=`custom-${o.key}`;switch(o.type){case"LONG_TEXT":return e(V,{label:d,value:r.text??"",onInput:u=>s({text:u}),rows:4,testid:a},o.id);case"NUMBER":return e(P,{label:d,type:"number",value:r.number??"",onInput:u=>s({number:u}),testid:a},o.id);case"DATE":return e(P,{label:d,type:"date",value:r.date??"",onInput:u=>s({date:u}),testid:a},o.id);case"BOOLEAN":return e(F,{label:d,value:r.boolean==null?"":String(r.boolean),onChange:u=>s({boolean:u===""?null:u==="true"}),options:[{value:"",label:N("unset")},{value:"true",label:N("yes")},{value:"false",label:N("no")}],testid:a},o.id);case"SINGLE_CHOICE":return e(F,{label:d,value:r.choices?.[0]??"",onChange:u=>s({choices:u===""?[]:[u]}),options:[{value:"",label:N("unset")},...o.choices.map(u=>({value:u.value,label:gt(u)}))],testid:a},o.id);case"MULTIPLE_CHOICE":return e(H,{legend:d,children:o.choices.map(u=>e(Ce,{label:gt(u),checked:(r.choices??[]).includes(u.value),onChange:c=>s({choices:c?[...r.choices??[],u.value]:(r.choices??[]).filter(p=>p!==u.value)}),testid:`${a}-${u.value}`},u.value))},o.id);default:return e(P,{label:d,value:r.text??"",onInput:u=>s({text:u}),maxLength:200,testid:a},o.id)}})})}function is(t){switch(t.definition.type){case"BOOLEAN":return t.boolean==null?N("empty"):t.boolean?N("yes"):N("no");case"SINGLE_CHOICE":case"MULTIPLE_CHOICE":return(t.choices??[]).map(n=>gt(t.definition.choices.find(i=>i.value===n)??{labelJa:n,labelEn:n})).join("、")||N("empty");case"NUMBER":return t.number==null?N("empty"):String(t.number);case"DATE":return t.date??N("empty")}return t.text??N("empty")}function Yr({values:t}){return!t||t.length===0?null:e("section",{class:"custom-fields","data-testid":"custom-field-values",children:[e("h3",{children:N("sectionTitle")}),e("dl",{class:"desk-dl",children:t.map(n=>e(T,{children:[e("dt",{children:gt(n.definition)}),e("dd",{class:"prewrap",children:is(n)})]},n.key))})]})}var rs=v(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),os=v(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Xr({p:t,actions:n,onChange:i,onReload:o}){let r=n.has("MESSAGE"),s=n.has("INTERNAL_NOTE"),[d,a]=y(!r&&s),[u,c]=y(""),[p,D]=y(""),h=R(async()=>{let I=await w(rs,{proposalId:t.id,body:u,internal:d});c(""),D(d?f("postedNote"):f("posted")),i(I.postProposalMessage.proposal)}),[m,b]=y(null),A=R(async I=>{if(!m)return;let L=await Pt(os,{proposalId:t.id,file:null},[{path:"variables.file",file:m}]);b(null),I.reset(),D(f("attached",{name:L.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:f("secDialogue")}),e("p",{class:"help",children:f("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:f("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(I=>e("li",{class:I.internal?"msg msg-internal":"msg msg-shared","data-testid":I.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[I.internal?e(j,{tone:"internal",icon:"✎",children:[f("internalNote"),"（",f("internalNoteHint"),"）"]}):e(j,{tone:"info",icon:"✉",children:f("sharedMessage")}),e("span",{class:"msg-author",children:an(I.author)}),e("time",{class:"muted",dateTime:I.createdAt,children:M(I.createdAt)})]}),e("p",{class:"prewrap",children:I.body})]},I.id))}),e(U,{children:p}),(r||s)&&e("form",{class:"post-form",onSubmit:I=>{I.preventDefault(),D(""),h.run()},children:[r&&s&&e(H,{legend:f("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>a(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),f("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>a(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),f("internalNote"),"（",f("internalNoteHint"),"）"]})]}),e(V,{label:d?`${f("postBody")}（${f("internalNote")}）`:`${f("postBody")}（${f("sharedMessage")}）`,required:!0,value:u,onInput:c,rows:4,testid:"post-body"}),e(S,{error:h.error}),e($,{type:"submit",variant:"primary",busy:h.busy,disabled:!u.trim(),"data-testid":"post-submit",children:f("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:I=>{I.preventDefault(),D(""),A.run(I.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:f("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:I=>b(I.currentTarget.files?.[0]??null)})]}),e(S,{error:A.error}),e($,{type:"submit",busy:A.busy,disabled:!m,children:f("attach")})]})]})}var G=le({title:"開示区分",intro:"情報公開請求があったときに、提案のどの部分を開示し、どの部分を不開示とするかの区分です。連絡先は既定で個人情報、庁内メモは既定で不開示です。",caption:"項目ごとの開示区分",colPart:"項目",colLevel:"開示区分",colReason:"理由",colRequest:"提案者からの申出",isDefault:"（既定）",none:"なし",levelDISCLOSABLE:"開示",levelPERSONAL_DATA:"個人情報（不開示）",levelPROTECTED_BUSINESS:"法人等の正当な利益（不開示）",levelWITHHELD_OTHER:"その他の理由で不開示",fieldorganization:"提案者（名称）",fieldtitle:"件名",fieldsummary:"概要",fieldbody:"内容",fielddesiredScheme:"希望する連携手法",fieldresources:"提供リソース",fieldmerits:"期待されるメリット","fieldcontact.affiliation":"連絡先（所属）","fieldcontact.name":"連絡先（氏名）","fieldcontact.email":"連絡先（メールアドレス）","fieldcontact.phone":"連絡先（電話番号）",message:"メッセージ（{at}）",note:"庁内メモ（{at}）",file:"添付ファイル：{name}",requested:"{at}：{reason}",change:"開示区分を変更する",part:"対象",level:"開示区分",reason:"理由",reasonHelp:"開示以外の区分では必須です。開示用写しの不開示部分の一覧に記載されます。",save:"変更する",saved:"開示区分を変更しました。",copy:"開示用写しを作成する",copyIntro:"不開示の部分を黒塗りにし、不開示部分の一覧を付けた写しを作成します。作成は開示請求番号とともに記録されます。",reference:"開示請求番号",format:"形式",produce:"作成してダウンロード",produced:"開示用写し {name} を作成しました。"},{title:"Disclosure levels",intro:"How each part of the proposal is treated when someone requests its disclosure. Contact data is personal data and internal notes are withheld by default.",caption:"Disclosure level of each part",colPart:"Part",colLevel:"Level",colReason:"Reason",colRequest:"Proposer's request",isDefault:"(default)",none:"None",levelDISCLOSABLE:"Disclosable",levelPERSONAL_DATA:"Personal data (withheld)",levelPROTECTED_BUSINESS:"Protected business information (withheld)",levelWITHHELD_OTHER:"Withheld on another ground",fieldorganization:"Proposer (name)",fieldtitle:"Title",fieldsummary:"Summary",fieldbody:"Body",fielddesiredScheme:"Desired scheme",fieldresources:"Resources",fieldmerits:"Merits","fieldcontact.affiliation":"Contact (affiliation)","fieldcontact.name":"Contact (name)","fieldcontact.email":"Contact (email)","fieldcontact.phone":"Contact (phone)",message:"Message ({at})",note:"Internal note ({at})",file:"Attachment: {name}",requested:"{at}: {reason}",change:"Change a disclosure level",part:"Part",level:"Level",reason:"Reason",reasonHelp:"Required for every level but disclosable. It is listed in the disclosure copy.",save:"Change",saved:"The disclosure level was changed.",copy:"Produce a disclosure copy",copyIntro:"A copy with every withheld part blacked out and a list of what was withheld. Producing it is recorded with the request number.",reference:"Disclosure request number",format:"Format",produce:"Produce and download",produced:"Produced the disclosure copy {name}."});var as=v(`
  query DisclosurePanel($id: ID!) {
    proposal(id: $id) {
      id
      disclosure {
        field
        level
        reason
        isDefault
        protectionRequested {
          reason
          requestedAt
        }
      }
      messages {
        id
        internal
        createdAt
        disclosureLevel
        disclosureReason
        protectionRequested {
          reason
          requestedAt
        }
      }
      attachments {
        id
        fileName
        disclosureLevel
        disclosureReason
        protectionRequested {
          reason
          requestedAt
        }
      }
    }
  }
`),ss=v(`
  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {
    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {
      id
    }
  }
`),ls=v(`
  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {
    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {
      url
      filename
    }
  }
`),ds=["DISCLOSABLE","PERSONAL_DATA","PROTECTED_BUSINESS","WITHHELD_OTHER"];function Zr(t){return G(`level${t}`)}function us(t){let n=t.disclosure.map(i=>({key:"f:"+i.field,label:G(`field${i.field}`),target:{field:i.field},level:i.level,reason:i.reason,isDefault:i.isDefault,request:i.protectionRequested}));for(let i of t.messages)i.disclosureLevel&&n.push({key:"m:"+i.id,label:G(i.internal?"note":"message",{at:M(i.createdAt)}),target:{messageId:i.id},level:i.disclosureLevel,reason:i.disclosureReason,request:i.protectionRequested});for(let i of t.attachments)i.disclosureLevel&&n.push({key:"a:"+i.id,label:G("file",{name:i.fileName}),target:{attachmentId:i.id},level:i.disclosureLevel,reason:i.disclosureReason,request:i.protectionRequested});return n}function eo({id:t}){let n=ge(),i=E(as,{id:t}),o=i.data?.proposal;if(i.error)return e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")});if(!o||o.disclosure.length===0)return null;let r=us(o);return e("section",{"aria-labelledby":"sec-disclosure","data-testid":"disclosure-panel",children:[e("h2",{id:"sec-disclosure",children:G("title")}),e("p",{class:"help",children:G("intro")}),e("div",{class:"table-wrap disclosure-wrap",tabIndex:0,role:"region","aria-label":G("caption"),children:e("table",{class:"table","data-testid":"disclosure-levels",children:[e("caption",{class:"visually-hidden",children:G("caption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:G("colPart")}),e("th",{scope:"col",children:G("colLevel")}),e("th",{scope:"col",children:G("colReason")}),e("th",{scope:"col",children:G("colRequest")})]})}),e("tbody",{children:r.map(s=>e("tr",{children:[e("th",{scope:"row",children:s.label}),e("td",{children:[e(j,{tone:s.level==="DISCLOSABLE"?"neutral":"warning",icon:s.level==="DISCLOSABLE"?void 0:"■",children:Zr(s.level)}),s.isDefault&&e("span",{class:"muted",children:[" ",G("isDefault")]})]}),e("td",{children:s.reason??""}),e("td",{children:s.request?G("requested",{at:M(s.request.requestedAt),reason:s.request.reason}):e("span",{class:"muted",children:G("none")})})]},s.key))})]})}),oe(n,{resource:"proposal",action:"setDisclosure"})&&e(ps,{id:o.id,rows:r,onDone:()=>{i.reload()}}),oe(n,{resource:"proposal",action:"discloseCopy"})&&e(cs,{id:o.id})]})}function ps({id:t,rows:n,onDone:i}){let[o,r]=y(n[0]?.key??""),[s,d]=y("PERSONAL_DATA"),[a,u]=y(""),[c,p]=y(""),D=R(m=>w(ss,{id:t,target:m,level:s,reason:a.trim()?a:null})),h=D.error?.field==="reason"?D.error.message:void 0;return e("form",{class:"disclosure-form","data-testid":"disclosure-change",onSubmit:async m=>{m.preventDefault(),p("");let b=n.find(A=>A.key===o);b&&await D.run(b.target)&&(p(G("saved")),u(""),i())},children:e(H,{legend:G("change"),children:[e(U,{children:c}),e(S,{error:h?void 0:D.error}),e(F,{label:G("part"),value:o,onChange:r,options:n.map(m=>({value:m.key,label:m.label})),testid:"disclosure-part"}),e(F,{label:G("level"),value:s,onChange:m=>d(m),options:ds.map(m=>({value:m,label:Zr(m)})),testid:"disclosure-level"}),e(V,{label:G("reason"),help:G("reasonHelp"),value:a,onInput:u,required:s!=="DISCLOSABLE",error:h,rows:2}),e($,{type:"submit",variant:"primary",busy:D.busy,children:G("save")})]})})}function cs({id:t}){let[n,i]=y(""),[o,r]=y("PDF"),[s,d]=y(""),a=R(async()=>{let c=await w(ls,{id:t,reference:n,format:o});return await Ye(c.produceDisclosureCopy.url,c.produceDisclosureCopy.filename),c.produceDisclosureCopy.filename}),u=a.error?.field==="reference"?a.error.message:void 0;return e("form",{class:"disclosure-form","data-testid":"disclosure-copy",onSubmit:async c=>{c.preventDefault(),d("");let p=await a.run();p&&d(G("produced",{name:p}))},children:e(H,{legend:G("copy"),children:[e("p",{class:"help",children:G("copyIntro")}),e(U,{children:s}),e(S,{error:u?void 0:a.error}),e(P,{label:G("reference"),value:n,onInput:i,required:!0,maxLength:100,error:u,testid:"disclosure-reference"}),e(F,{label:G("format"),value:o,onChange:c=>r(c),options:[{value:"PDF",label:"PDF"},{value:"HTML",label:"HTML"}]}),e($,{type:"submit",variant:"primary",busy:a.busy,children:G("produce")})]})})}v(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    viewerActions
    unreadMessageCount
    overdue
    summary
    body
    desiredScheme
    customFields {
      ...ContentCustomFieldValue
    }
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var ms=v(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),gs=v(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),to=["CITY","PARTNER"],no=["PEOPLE","GOODS","MONEY","INFORMATION"],fs=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function an(t){if(!t)return"";let n=f(`actor${t.kind}`),i=[t.department?.name,t.displayName].filter(Boolean).join(" ");return i?`${n}：${i}`:n}function io({params:t}){let n=t.id,i=E(ms,{id:n}),[o,r]=y(null),s=o??i.data?.proposal??null,[d,a]=y(""),u=(h,m)=>{r(h),a(m??"")},c=async()=>{r(null),await i.reload()},p=Me(!1),D=i.data?.proposal;return ee(()=>{!D||p.current||D.unreadMessageCount===0||!D.viewerActions.includes("MARK_READ")||(p.current=!0,w(gs,{id:D.id}).then(h=>r(h.markProposalRead.proposal)).catch(()=>{}))},[D]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:O("/proposals"),children:["← ",f("back")]})}),e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!s&&e(B,{label:C("loading")}),i.data&&!s&&e("p",{class:"banner banner-error",role:"alert",children:f("notFound")}),s&&e(T,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:s.title}),e("p",{class:"meta",children:[e(Et,{status:s.status})," ",e(j,{children:Xe(s.kind)}),s.overdue&&e(j,{tone:"danger",icon:"!",testid:"overdue",children:f("overdue")}),s.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",testid:"unread",children:f("unread",{n:s.unreadMessageCount})}),s.challenge&&e("span",{children:[" ",s.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("organization")}),e("dd",{children:s.organization?.name??f("none")})]}),e("div",{children:[e("dt",{children:f("submittedAt")}),e("dd",{children:s.submittedAt?M(s.submittedAt):f("notSubmitted")})]}),s.decidedAt&&e("div",{children:[e("dt",{children:f("decidedAt")}),e("dd",{children:M(s.decidedAt)})]}),s.project&&e("div",{children:[e("dt",{children:f("currentProject")}),e("dd",{"data-testid":"linked-project",children:s.project.title})]}),s.agreement&&e("div",{children:[e("dt",{children:f("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:s.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(ys,{p:s}),e(hs,{p:s}),e(bs,{p:s}),e(Xr,{p:s,actions:on(s),onChange:u,onReload:c}),e(Ds,{p:s}),e(eo,{id:s.id})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(Gr,{p:s,actions:on(s),notice:d,onChange:u})})]})]})]})}function sn({text:t}){return t.trim()?e(T,{children:t.split(/\n{2,}/).map((n,i)=>e("p",{class:"prewrap",children:n},i))}):e("p",{class:"muted",children:f("none")})}function ys({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:f("secContent")}),e("h3",{children:f("summary")}),e(sn,{text:t.summary}),e("h3",{children:f("body")}),e(sn,{text:t.body}),e("h3",{children:f("desiredScheme")}),e(sn,{text:t.desiredScheme}),e(Yr,{values:t.customFields}),e("h3",{children:f("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:f("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("side")}),no.map(n=>e("th",{scope:"col",children:f(`res${n}`)},n))]})}),e("tbody",{children:to.map(n=>e("tr",{children:[e("th",{scope:"row",children:f(`side${n}`)}),no.map(i=>{let o=t.resources.filter(r=>r.side===n&&r.kind===i);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((r,s)=>e("li",{children:r.description},s))})},i)})]},n))})]})}),e("h3",{children:f("merits")}),e("div",{class:"merits",children:to.map(n=>{let i=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:f("meritFor",{side:f(`side${n}`)})}),i.length===0?e("p",{class:"muted",children:f("none")}):e("ul",{children:i.map((o,r)=>e("li",{children:o.description},r))})]},n)})}),t.contact&&e(T,{children:[e("h3",{children:f("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:f("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:f("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:f("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function hs({p:t}){let[n,i]=y(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:f("secAttachments")}),e(S,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:f("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e($,{variant:"link","aria-label":f("download",{name:o.fileName}),onClick:()=>{i(null),Ye(o.downloadUrl,o.fileName).catch(i)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[Wr(o.size)," ・ ",M(o.createdAt),o.messageId&&` ${f("onMessage")}`]})]},o.id))})]})}function bs({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:f("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:f("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:f("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("department")}),e("th",{scope:"col",children:f("dueOn")}),e("th",{scope:"col",children:f("feasible")}),e("th",{scope:"col",children:f("opinion")}),e("th",{scope:"col",children:f("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?W(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(j,{children:f("notAnswered")}):n.feasible?e(j,{tone:"success",icon:"○",children:f("feasibleYes")}):e(j,{tone:"danger",icon:"×",children:f("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?M(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Ds({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:f("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:f("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("colWhen")}),e("th",{scope:"col",children:f("colAction")}),e("th",{scope:"col",children:f("colChange")}),e("th",{scope:"col",children:f("colActor")}),e("th",{scope:"col",children:f("colReason")})]})}),e("tbody",{children:t.history.map((n,i)=>e("tr",{children:[e("td",{children:M(n.at)}),e("td",{children:fs.has(n.action)?f(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?f(`status${n.from}`):""} → ${n.to?f(`status${n.to}`):""}`:""}),e("td",{children:an(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},i))})]})})]})}var ro=[{path:"/proposals",component:zr,nav:{label:()=>f("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:io,permission:{resource:"proposal",action:"read"}}];var l=le({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var ie=le({legend:"URL・検索エンジン・SNS共有",slug:"URLスラッグ",slugHelp:"半角英小文字・数字・ハイフン（-）のみ、100文字まで。空欄なら件名から自動で作ります（日本語の件名は「種類-番号」）。",pageUrl:"ポータルでのURL：",seoDescription:"説明文（検索結果・SNS共有用）",seoHelp:"300文字まで（現在 {n} 文字）。",shareImage:"共有用画像（OGP）",shareImageHelp:"この項目の画像から選びます。画像は右の「画像・資料」で追加してください。",noShareImage:"（なし）",navSettings:"自治体の設定",settingsTitle:"自治体の設定",itemUrlTemplate:"項目ページのURLテンプレート",itemUrlTemplateHelp:"ポータルの各ページのURL。{type}（challenge・agreement・project・case-study・announcement）、{slug}、{id} を置き換えます。例：https://〈ポータルのホスト名〉/{type}/{slug}。空欄にすると外します（サイトマップとフィードの項目リンクも止まります）。",sitemapNote:"サイトマップ：",saved:"保存しました。",save:"保存"},{legend:"URL, search engines and sharing",slug:"URL slug",slugHelp:"Lower-case letters, digits and hyphens only, up to 100. Left empty, one is made from the title (type-number for a Japanese title).",pageUrl:"URL on the portal: ",seoDescription:"Description (search results and link previews)",seoHelp:"Up to 300 characters ({n} now).",shareImage:"Share image (OGP)",shareImageHelp:"One of this item’s images; add images under Photos and documents.",noShareImage:"(none)",navSettings:"Municipality settings",settingsTitle:"Municipality settings",itemUrlTemplate:"URL template of item pages",itemUrlTemplateHelp:"The URL of each page on the portal. {type} (challenge, agreement, project, case-study, announcement), {slug} and {id} are replaced. Example: https://<portal host>/{type}/{slug}. Empty removes it (the sitemap and feed item links stop too).",sitemapNote:"Sitemap: ",saved:"Saved.",save:"Save"});var $e={slug:"",seoDescription:"",shareImageId:""};function Se(t){return{slug:t.slug,seoDescription:t.seoDescription??"",shareImageId:t.shareImage?.id??""}}function Pe(t){let n=t.slug.trim();return{slug:n===""?null:n,seoDescription:t.seoDescription,shareImageId:t.shareImageId}}function we(t){let n=(t.media??[]).filter(i=>i.contentType.startsWith("image/"));return e(H,{legend:ie("legend"),children:[e(P,{label:ie("slug"),value:t.form.slug,onInput:i=>t.set("slug",i),help:ie("slugHelp"),maxLength:100,testid:"field-slug"}),t.url&&e("p",{class:"help",children:[ie("pageUrl"),e("a",{href:t.url,target:"_blank",rel:"noopener noreferrer","data-testid":"item-url",children:t.url})]}),e(V,{label:ie("seoDescription"),value:t.form.seoDescription,onInput:i=>t.set("seoDescription",i),rows:3,help:ie("seoHelp",{n:[...t.form.seoDescription].length}),testid:"field-seo-description"}),t.media&&e(F,{label:ie("shareImage"),value:t.form.shareImageId,onChange:i=>t.set("shareImageId",i),options:[{value:"",label:ie("noShareImage")},...n.map(i=>({value:i.id,label:i.alt||i.fileName}))],help:ie("shareImageHelp"),testid:"field-share-image"})]})}var Ft="";function fe(t){let[n,i]=y(t.blank),[o,r]=y(()=>{let d=Ft;return Ft="",d});ee(()=>{t.item&&i(t.toForm(t.item))},[t.item]);let s=R(async()=>{if(r(""),!t.item){let d=await t.create(n);Ft=l("created"),r(Ft),de(t.path(d));return}await t.update(n,t.item.version),r(l("saved")),await t.q.reload()});return{form:n,set:(d,a)=>i(u=>({...u,[d]:a})),save:()=>{s.run()},busy:s.busy,error:s.error,notice:o,setNotice:r,reload:()=>{s.clear(),t.q.reload()}}}function De({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(j,{tone:"warning",icon:"◇",testid:"pub-state",children:l("stateScheduled")}):e(j,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:l(`state${t}`)})}var Cs=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function ln(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let i=Object.fromEntries(Cs.formatToParts(n).map(r=>[r.type,r.value])),o=i.hour==="24"?"00":i.hour;return`${i.year}-${i.month}-${i.day}T${o}:${i.minute}`}function Ze(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function ze(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function dn(t){return t<1024?l("bytes",{n:t}):t<1024*1024?l("kb",{n:(t/1024).toFixed(1)}):l("mb",{n:(t/1024/1024).toFixed(1)})}function Q(t){return t.trim()===""?null:t}function pe(t,n,i){let o=t.map(r=>({value:r,label:n(r)}));return i?[{value:"",label:i},...o]:o}function ye({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:l("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:l("reloadLatest")})]}):e(S,{error:t}):null}function re({title:t,list:n,listLabel:i,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:O(n),children:["← ",l("backToList"),"（",i,"）"]})}),e("h1",{children:t}),o]})}var oo=v(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),vs=v(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),As=v(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),ks=v(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),Is=v(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function xe(t){let n=ge(),i=oe(n,{resource:"content",action:"publish"}),o=oe(n,{resource:"content",action:"preview"}),r=oe(n,{resource:"content",action:"restore"}),[s,d]=y(null),[a,u]=y(""),[c,p]=y(""),[D,h]=y(!1),[m,b]=y(null),A=R(async x=>{switch(p(""),x){case"publish":await w(oo,{id:t.id,at:null}),p(l("published"));break;case"schedule":await w(oo,{id:t.id,at:Ze(a)}),p(l("scheduled"));break;case"unpublish":await w(vs,{id:t.id}),p(l("unpublished"));break;case"archive":await w(As,{id:t.id}),p(l("archived"));break;case"delete":await t.remove(t.id),h(!0),p(l("deleted",{title:t.title})),d(null);return;case"undo":await w(ks,{id:t.id}),h(!1),p(l("restored")),t.onRestored();return;case"preview":{let be=await w(Is,{id:t.id});b(be.createPreviewToken);return}}d(null),t.onChanged()}),I=x=>{A.run(x).then(()=>d(null))},L=ue();if(D)return e("section",{"aria-labelledby":`${L}-h`,class:"content-panel",children:[e("h2",{id:`${L}-h`,children:l("secPublication")}),e(U,{children:c}),e(S,{error:A.error}),r&&e($,{variant:"primary",busy:A.busy,onClick:()=>I("undo"),"data-testid":"restore-deleted",children:l("restoreDeleted")})]});let q={publish:{title:l("confirmPublish"),body:l("confirmPublishBody",{title:t.title}),label:l("publishNow"),danger:!1},unpublish:{title:l("confirmUnpublish"),body:l("confirmUnpublishBody",{title:t.title}),label:l("unpublish"),danger:!0},archive:{title:l("confirmArchive"),body:l("confirmArchiveBody",{title:t.title}),label:l("archive"),danger:!0},delete:{title:l("confirmDelete"),body:l("confirmDeleteBody",{title:t.title}),label:l("delete"),danger:!0}},_=s?q[s]:null;return e("section",{"aria-labelledby":`${L}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${L}-h`,children:l("secPublication")}),t.state&&e("p",{children:[e(De,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?l("scheduledAt",{at:M(t.publishedAt)}):l("publishedAt",{at:M(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:l("pendingNotice")}),e(U,{children:c}),e(S,{error:A.error}),t.state&&i&&e(T,{children:[e("div",{class:"actions",children:[e($,{variant:"primary",onClick:()=>d("publish"),"data-testid":"publish-now",children:l("publishNow")}),t.state!=="DRAFT"&&e($,{onClick:()=>d("unpublish"),"data-testid":"unpublish",children:l("unpublish")}),t.state!=="ARCHIVED"&&e($,{onClick:()=>d("archive"),"data-testid":"archive",children:l("archive")})]}),e("form",{class:"content-schedule",onSubmit:x=>{x.preventDefault(),a&&I("schedule")},children:e(H,{legend:l("publishAt"),children:[e(P,{label:l("publishAtLabel"),type:"datetime-local",value:a,onInput:u,help:l("publishAtHelp"),required:!0,testid:"publish-at"}),e($,{type:"submit",busy:A.busy,disabled:!a,"data-testid":"schedule",children:l("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e($,{onClick:()=>I("preview"),busy:A.busy,"data-testid":"make-preview",children:l("previewMake")}),m&&e("a",{class:"btn btn-link",href:O(`/preview/${m.token}`),"data-testid":"preview-link",children:l("previewLink",{at:M(m.expiresAt)})}),e($,{variant:"danger",onClick:()=>d("delete"),"data-testid":"delete",children:l("delete")})]}),e(ae,{open:_!==null,title:_?.title??"",confirmLabel:_?.label,danger:_?.danger,busy:A.busy,onConfirm:()=>s&&I(s),onCancel:()=>d(null),children:e("p",{children:_?.body})})]})}var $s=v(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`),Ss=v(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function Te({id:t,version:n,onRestored:i}){let o=ge(),r=oe(o,{resource:"content",action:"readRevisions"}),s=oe(o,{resource:"content",action:"revisions"}),d=E($s,{id:t},!r),a=Me(n);ee(()=>{a.current!==n&&(a.current=n,d.reload())},[n]);let[u,c]=y(null),[p,D]=y(""),h=R(async A=>{await w(Ss,{id:A.id}),D(l("revRestored",{n:A.number})),c(null),i()}),m=ue();if(!r)return null;let b=d.data?.revisions??[];return e("section",{"aria-labelledby":m,class:"content-panel",children:[e("h2",{id:m,children:l("secRevisions")}),e(U,{children:p}),e(S,{error:d.error??h.error}),b.length===0?e("p",{children:l("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:l("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("revNumber")}),e("th",{scope:"col",children:l("revAuthor")}),e("th",{scope:"col",children:l("revAt")}),s&&e("th",{scope:"col",children:l("mediaOps")})]})}),e("tbody",{children:b.map(A=>e("tr",{children:[e("td",{children:[A.number," ",A.pending&&e(j,{tone:"warning",icon:"△",children:l("revPending")})]}),e("td",{children:A.author?.displayName??"—"}),e("td",{children:M(A.createdAt)}),s&&e("td",{children:e($,{variant:"link",onClick:()=>c({id:A.id,number:A.number}),children:l("revRestoreNamed",{n:A.number})})})]},A.id))})]})}),e(ae,{open:u!==null,title:u?l("confirmRevRestore",{n:u.number}):"",confirmLabel:l("revRestore"),busy:h.busy,onConfirm:()=>u&&void h.run(u),onCancel:()=>c(null),children:e("p",{children:l("confirmRevRestoreBody")})})]})}v(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var Ps=v(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),ws=v(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),xs=v(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function Ts({m:t,onSaved:n}){let[i,o]=y(t.alt);ee(()=>o(t.alt),[t.alt]);let r=R(async()=>{await w(ws,{id:t.id,alt:i}),n(l("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:s=>{s.preventDefault(),r.run()},children:[e(P,{label:l("mediaAltFor",{file:t.fileName}),value:i,onInput:o,maxLength:250,error:r.error?r.error.clerkMessage():void 0}),e($,{type:"submit",busy:r.busy,disabled:i===t.alt,children:l("mediaAltSave")})]})}function Ee({contentId:t,media:n,onChanged:i}){let o=ge(),r=oe(o,{resource:"content",action:"media"}),[s,d]=y(null),[a,u]=y(""),[c,p]=y(""),[D,h]=y(""),[m,b]=y(null),A=R(async _=>{let x=await Pt(Ps,{contentId:t,file:null,alt:Q(a)},[{path:"variables.file",file:s}]);p(l("mediaUploaded",{file:x.attachMedia.fileName})),d(null),u(""),_.reset(),i()}),I=R(async _=>{await w(xs,{id:_.id}),p(l("mediaDeleted",{file:_.fileName})),b(null),i()}),L=ue(),q=ue();return e("section",{"aria-labelledby":L,class:"content-panel","data-testid":"media",children:[e("h2",{id:L,children:l("secMedia")}),e(U,{children:c}),e(S,{error:A.error??I.error}),n.length===0?e("p",{children:l("mediaNone")}):e("ul",{class:"content-media",children:n.map(_=>e("li",{children:[e("p",{children:[e("strong",{children:_.fileName}),"（",_.contentType,"、",dn(_.size),"）"," ",_.contentType.startsWith("image/")&&_.alt===""&&e(j,{tone:"warning",icon:"!",children:l("mediaAltMissing")})]}),r&&e("div",{class:"content-media-ops",children:[e(Ts,{m:_,onSaved:p}),e($,{variant:"danger",onClick:()=>b(_),"aria-label":l("mediaDeleteNamed",{file:_.fileName}),children:l("mediaDelete")})]})]},_.id))}),r&&e("form",{class:"content-upload",onSubmit:_=>{if(_.preventDefault(),h(""),!s)return h(l("mediaChoose"));if(s.type.startsWith("image/")&&a.trim()==="")return h(l("mediaAskAlt"));A.run(_.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:q,children:l("mediaFile")}),e("input",{id:q,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${q}-help`,"data-testid":"media-file",onChange:_=>d(_.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${q}-help`,children:l("mediaFileHelp")})]}),e(P,{label:l("mediaAlt"),value:a,onInput:u,help:l("mediaAltHelp"),maxLength:250,testid:"media-alt",error:D||void 0}),e($,{type:"submit",variant:"primary",busy:A.busy,"data-testid":"media-upload",children:l("mediaUpload")})]}),e(ae,{open:m!==null,title:m?l("confirmMediaDelete",{file:m.fileName}):"",confirmLabel:l("mediaDelete"),danger:!0,busy:I.busy,onConfirm:()=>m&&void I.run(m),onCancel:()=>b(null)})]})}var _e=["CITY","PARTNER"],Mt=["PEOPLE","GOODS","MONEY","INFORMATION"];function _t(t){let n={};for(let i of t){let o=`${i.side}/${i.kind}`;n[o]=n[o]?`${n[o]}
${i.description}`:i.description}return n}function qt(t){let n=[];for(let i of _e)for(let o of Mt){let r=(t[`${i}/${o}`]??"").trim();r&&n.push({side:i,kind:o,description:r})}return n}function Rt({value:t,onChange:n}){let i=ue();return e(H,{legend:l("resources"),children:[e("p",{class:"help",children:l("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:l("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),_e.map(o=>e("th",{scope:"col",children:l(`side${o}`)},o))]})}),e("tbody",{children:Mt.map(o=>e("tr",{children:[e("th",{scope:"row",children:l(`res${o}`)}),_e.map(r=>{let s=`${i}-${r}-${o}`;return e("td",{children:[e("label",{for:s,class:"visually-hidden",children:l("resCell",{side:l(`side${r}`),kind:l(`res${o}`)})}),e("textarea",{id:s,rows:3,value:t[`${r}/${o}`]??"","data-testid":`res-${r}-${o}`,onInput:d=>n({...t,[`${r}/${o}`]:d.currentTarget.value})})]},r)})]},o))})]})})]})}function et(t){let n={CITY:"",PARTNER:""};for(let i of t)n[i.side]=n[i.side]?`${n[i.side]}
${i.description}`:i.description;return n}function tt(t){return _e.flatMap(n=>ze(t[n],!0).map(i=>({side:n,description:i})))}function nt({value:t,onChange:n}){return e(H,{legend:l("merits"),class:"content-merits",children:_e.map(i=>e(V,{label:l("meritFor",{side:l(`side${i}`)}),help:l("meritHelp"),value:t[i],rows:3,testid:`merit-${i}`,onInput:o=>n({...t,[i]:o})},i))})}function he(t){return e(T,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:O(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(H,{legend:l("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",children:l("apply")}),e($,{onClick:t.onClear,children:l("clear")})]})]})}),t.children]})}function Ne(t){let[n,i]=y(t),[o,r]=y(t),[s,d]=y(null);return{draft:n,setDraft:i,filter:o,apply:()=>{r(n),d(null)},clear:()=>{i(t),r(t),d(null)},after:s,setAfter:d}}var se=20,Es=v(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function it(t){let n=E(Es,{}),i=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(F,{label:t.label,value:t.value,onChange:t.onChange,options:i,testid:t.testid})}var Ns=v(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);function rt({legend:t,value:n,onChange:i}){let[o,r]=y(""),[s,d]=y(""),a=E(Ns,{search:Q(s)}),u=new Set(n.map(h=>h.id)),c=(a.data?.partners.edges??[]).map(h=>h.node).filter(h=>!u.has(h.id)),p=(h,m)=>i(m?[...n,h]:n.filter(b=>b.id!==h.id)),D=ue();return e(H,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...c].map(h=>e("li",{children:[e("input",{id:`${D}-${h.id}`,type:"checkbox",checked:u.has(h.id),onChange:m=>p(h,m.currentTarget.checked)})," ",e("label",{for:`${D}-${h.id}`,children:h.name})]},h.id))}),c.length===0&&n.length===0&&e("p",{children:l("partnerNone")}),e("div",{class:"content-inline",children:[e(P,{label:l("partnerSearch"),type:"search",value:o,onInput:r}),e($,{onClick:()=>d(o),children:l("apply")})]})]})}var so=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],lo=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],Fs=v(`
  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          signedOn
          parties {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function uo(t){let n=Ne({search:"",kind:"",status:""}),i={search:Q(n.filter.search),kind:Q(n.filter.kind),status:Q(n.filter.status)},o=E(Fs,{first:se,after:n.after,filter:i});return e(he,{title:l("listAgreements"),newLabel:l("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(F,{label:l("agreementKind"),value:n.draft.kind,onChange:r=>n.setDraft({...n.draft,kind:r}),options:pe(so,r=>l(`ak${r}`),l("any"))}),e(F,{label:l("agreementStatus"),value:n.draft.status,onChange:r=>n.setDraft({...n.draft,status:r}),options:pe(lo,r=>l(`as${r}`),l("any"))})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(B,{label:C("loading")}),e(te,{caption:l("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:se,columns:[{header:l("colTitle"),cell:r=>e("a",{href:O(`/content/agreements/${r.id}`),children:r.title})},{header:l("parties"),cell:r=>r.parties.map(s=>s.name).join("、")||"—"},{header:l("colKind"),cell:r=>l(`ak${r.kind}`)},{header:l("colSigned"),cell:r=>W(r.signedOn)||"—"},{header:l("colStatus"),cell:r=>l(`as${r.status}`)},{header:l("colState"),cell:r=>e(De,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var Ms=v(`
  query ContentAgreement($id: ID!) {
    agreement(id: $id) {
      id
      kind
      title
      purpose
      parties {
        id
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      status
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),_s=v(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),qs=v(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Rs=v(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),Os={...$e,custom:ve,kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function ao(t){return{...Pe(t),customFields:ke(t.custom),kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:Q(t.signedOn),termStartOn:Q(t.termStartOn),termEndOn:Q(t.termEndOn),items:ze(t.items,!0),merits:tt(t.merits),status:t.status}}function po({params:t}){let n=t.id==="new",i=E(Ms,{id:t.id??""},n),o=n?null:i.data?.agreement,r=fe({q:i,item:o,blank:Os,toForm:a=>({...Se(a),custom:Ae(a.customFields),kind:a.kind,title:a.title,purpose:a.purpose,parties:a.parties.map(u=>({id:u.id,name:u.name})),signedOn:a.signedOn??"",termStartOn:a.termStartOn??"",termEndOn:a.termEndOn??"",items:a.items.join(`
`),merits:et(a.merits),status:a.status}),create:async a=>(await w(_s,{input:ao(a)})).createAgreement.id,update:(a,u)=>w(qs,{id:t.id,input:ao(a),version:u}),path:a=>`/content/agreements/${a}`}),s=n?l("newAgreement"):l("editAgreement");if(!n&&!o)return e(T,{children:[e(re,{title:s,list:"/content/agreements",listLabel:l("listAgreements")}),i.loading?e(B,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(re,{title:s,list:"/content/agreements",listLabel:l("listAgreements"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(U,{children:r.notice}),e(ye,{error:r.error,onReload:r.reload}),e(P,{label:l("name"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(F,{label:l("agreementKind"),value:d.kind,onChange:a=>r.set("kind",a),options:pe(so,a=>l(`ak${a}`))}),e(F,{label:l("agreementStatus"),value:d.status,onChange:a=>r.set("status",a),options:pe(lo,a=>l(`as${a}`))})]}),e(V,{label:l("purpose"),value:d.purpose,onInput:a=>r.set("purpose",a),rows:4}),e(rt,{legend:l("parties"),value:d.parties,onChange:a=>r.set("parties",a)}),e(V,{label:l("items"),value:d.items,onInput:a=>r.set("items",a),help:l("itemsHelp"),rows:5,testid:"field-items"}),e(Ie,{target:"AGREEMENT",value:d.custom,onChange:a=>r.set("custom",a)}),e(P,{label:l("signedOn"),type:"date",value:d.signedOn,onInput:a=>r.set("signedOn",a),help:W(d.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(P,{label:l("termStartOn"),type:"date",value:d.termStartOn,onInput:a=>r.set("termStartOn",a),help:W(d.termStartOn),testid:"field-term-start"}),e(P,{label:l("termEndOn"),type:"date",value:d.termEndOn,onInput:a=>r.set("termEndOn",a),help:W(d.termEndOn),testid:"field-term-end"})]}),e(nt,{value:d.merits,onChange:a=>r.set("merits",a)}),e(we,{form:d,set:(a,u)=>r.set(a,u),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(xe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(Rs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(Ee,{contentId:o.id,media:o.media,onChanged:r.reload}),e(Te,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Ls=v(`
  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          category
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function mo(t){let n=Ne({search:"",category:""}),i={search:Q(n.filter.search),category:Q(n.filter.category)},o=E(Ls,{first:se,after:n.after,filter:i});return e(he,{title:l("listAnnouncements"),newLabel:l("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(P,{label:l("annCategory"),value:n.draft.category,onInput:r=>n.setDraft({...n.draft,category:r}),help:l("annCategoryHelp")})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(B,{label:C("loading")}),e(te,{caption:l("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:se,columns:[{header:l("colTitle"),cell:r=>e("a",{href:O(`/content/announcements/${r.id}`),children:r.title})},{header:l("colCategory"),cell:r=>r.category||"—"},{header:l("colState"),cell:r=>e(De,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var Us=v(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),js=v(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),Bs=v(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Vs=v(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),Hs={...$e,title:"",body:"",category:"",custom:ve};function co(t){return{...Pe(t),title:t.title,body:t.body,category:t.category,customFields:ke(t.custom)}}function go({params:t}){let n=t.id==="new",i=E(Us,{id:t.id??""},n),o=n?null:i.data?.announcement,r=fe({q:i,item:o,blank:Hs,toForm:a=>({...Se(a),title:a.title,body:a.body,category:a.category,custom:Ae(a.customFields)}),create:async a=>(await w(js,{input:co(a)})).createAnnouncement.id,update:(a,u)=>w(Bs,{id:t.id,input:co(a),version:u}),path:a=>`/content/announcements/${a}`}),s=n?l("newAnnouncement"):l("editAnnouncement");if(!n&&!o)return e(T,{children:[e(re,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements")}),i.loading?e(B,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(re,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(U,{children:r.notice}),e(ye,{error:r.error,onReload:r.reload}),e(P,{label:l("title"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(P,{label:l("annCategory"),value:d.category,onInput:a=>r.set("category",a),help:l("annCategoryHelp"),maxLength:50}),e(V,{label:l("body"),value:d.body,onInput:a=>r.set("body",a),rows:10,testid:"field-body"}),e(we,{form:d,set:(a,u)=>r.set(a,u),media:o?.media,url:o?.url}),e(Ie,{target:"ANNOUNCEMENT",value:d.custom,onChange:a=>r.set("custom",a)}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(xe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(Vs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(Ee,{contentId:o.id,media:o.media,onChanged:r.reload}),e(Te,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var yo=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],Ks=v(`
  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          locality
          category
          startOn
          endOn
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function ho(t){let n=Ne({search:"",category:"",locality:""}),i={search:Q(n.filter.search),category:Q(n.filter.category)??null,locality:Q(n.filter.locality)},o=E(Ks,{first:se,after:n.after,filter:i});return e(he,{title:l("listCaseStudies"),newLabel:l("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(F,{label:l("category"),value:n.draft.category,onChange:r=>n.setDraft({...n.draft,category:r}),options:pe(yo,r=>l(`cat${r}`),l("any"))}),e(P,{label:l("locality"),value:n.draft.locality,onInput:r=>n.setDraft({...n.draft,locality:r})})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(B,{label:C("loading")}),e(te,{caption:l("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:se,columns:[{header:l("colTitle"),cell:r=>e("a",{href:O(`/content/case-studies/${r.id}`),children:r.title})},{header:l("colLocality"),cell:r=>r.locality||"—"},{header:l("colCategory"),cell:r=>l(`cat${r.category}`)},{header:l("colPeriod"),cell:r=>r.startOn||r.endOn?`${W(r.startOn)} 〜 ${W(r.endOn)}`:"—"},{header:l("colState"),cell:r=>e(De,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var Qs=v(`
  query ContentCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),Ws=v(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),Js=v(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),zs=v(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),Gs={...$e,custom:ve,title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function fo(t){return{...Pe(t),customFields:ke(t.custom),title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:Q(t.startOn),endOn:Q(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:qt(t.resources),merits:tt(t.merits),tags:ze(t.tags)}}function bo({params:t}){let n=t.id==="new",i=E(Qs,{id:t.id??""},n),o=n?null:i.data?.caseStudy,r=fe({q:i,item:o,blank:Gs,toForm:a=>({...Se(a),custom:Ae(a.customFields),title:a.title,locality:a.locality,program:a.program,category:a.category,partners:a.partners.map(u=>({id:u.id,name:u.name})),startOn:a.startOn??"",endOn:a.endOn??"",dateNote:a.dateNote,summary:a.summary,resources:_t(a.resources),merits:et(a.merits),tags:a.tags.join("、")}),create:async a=>(await w(Ws,{input:fo(a)})).createCaseStudy.id,update:(a,u)=>w(Js,{id:t.id,input:fo(a),version:u}),path:a=>`/content/case-studies/${a}`}),s=n?l("newCaseStudy"):l("editCaseStudy");if(!n&&!o)return e(T,{children:[e(re,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies")}),i.loading?e(B,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(re,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(U,{children:r.notice}),e(ye,{error:r.error,onReload:r.reload}),e(P,{label:l("name"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(P,{label:l("locality"),value:d.locality,onInput:a=>r.set("locality",a),help:l("localityHelp"),maxLength:100,testid:"field-locality"}),e(P,{label:l("program"),value:d.program,onInput:a=>r.set("program",a),maxLength:100})]}),e(F,{label:l("category"),value:d.category,onChange:a=>r.set("category",a),options:pe(yo,a=>l(`cat${a}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(P,{label:l("startOn"),type:"date",value:d.startOn,onInput:a=>r.set("startOn",a),help:W(d.startOn),testid:"field-start"}),e(P,{label:l("endOn"),type:"date",value:d.endOn,onInput:a=>r.set("endOn",a),help:W(d.endOn),testid:"field-end"})]}),e(P,{label:l("dateNote"),value:d.dateNote,onInput:a=>r.set("dateNote",a),help:l("dateNoteHelp"),maxLength:250}),e(V,{label:l("summary"),value:d.summary,onInput:a=>r.set("summary",a),rows:6,testid:"field-summary"}),e(Ie,{target:"CASE_STUDY",value:d.custom,onChange:a=>r.set("custom",a)}),e(rt,{legend:l("partners"),value:d.partners,onChange:a=>r.set("partners",a)}),e(Rt,{value:d.resources,onChange:a=>r.set("resources",a)}),e(nt,{value:d.merits,onChange:a=>r.set("merits",a)}),e(P,{label:l("tags"),value:d.tags,onInput:a=>r.set("tags",a),help:l("tagsHelp")}),e(we,{form:d,set:(a,u)=>r.set(a,u),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(xe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(zs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(Ee,{contentId:o.id,media:o.media,onChanged:r.reload}),e(Te,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Ys=v(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          department {
            name
          }
          opensAt
          closesAt
          isOpen
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Co(t){let n=Ne({search:"",departmentId:"",isOpen:""}),i={search:Q(n.filter.search),departmentId:Q(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=E(Ys,{first:se,after:n.after,filter:i});return e(he,{title:l("listChallenges"),newLabel:l("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(it,{label:l("department"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:l("any")}),e(F,{label:l("isOpen"),value:n.draft.isOpen,onChange:r=>n.setDraft({...n.draft,isOpen:r}),options:[{value:"",label:l("any")},{value:"true",label:l("open")},{value:"false",label:l("closed")}]})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(B,{label:C("loading")}),e(te,{caption:l("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:se,columns:[{header:l("colTitle"),cell:r=>e("a",{href:O(`/content/challenges/${r.id}`),children:r.title})},{header:l("colDepartment"),cell:r=>r.department?.name??"—"},{header:l("colPeriod"),cell:r=>r.opensAt||r.closesAt?`${M(r.opensAt)} 〜 ${M(r.closesAt)}`:"—"},{header:l("colState"),cell:r=>e(De,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var Xs=v(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),Zs=v(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),el=v(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),tl=v(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),nl={...$e,custom:ve,title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function Do(t){return{...Pe(t),customFields:ke(t.custom),title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:Q(t.departmentId),tags:ze(t.tags),opensAt:Ze(t.opensAt),closesAt:Ze(t.closesAt)}}function vo({params:t}){let n=t.id==="new",i=E(Xs,{id:t.id??""},n),o=n?null:i.data?.challenge,r=fe({q:i,item:o,blank:nl,toForm:a=>({...Se(a),custom:Ae(a.customFields),title:a.title,background:a.background,desiredOutcome:a.desiredOutcome,departmentId:a.department?.id??"",tags:a.tags.join("、"),opensAt:ln(a.opensAt),closesAt:ln(a.closesAt)}),create:async a=>(await w(Zs,{input:Do(a)})).createChallenge.id,update:(a,u)=>w(el,{id:t.id,input:Do(a),version:u}),path:a=>`/content/challenges/${a}`}),s=n?l("newChallenge"):l("editChallenge");if(!n&&!o)return e(T,{children:[e(re,{title:s,list:"/content/challenges",listLabel:l("listChallenges")}),i.loading?e(B,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(re,{title:s,list:"/content/challenges",listLabel:l("listChallenges"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(U,{children:r.notice}),e(ye,{error:r.error,onReload:r.reload}),e(P,{label:l("title"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(it,{label:l("department"),value:d.departmentId,onChange:a=>r.set("departmentId",a),noneLabel:l("noDepartment"),testid:"field-department"}),e(V,{label:l("background"),value:d.background,onInput:a=>r.set("background",a),rows:6}),e(V,{label:l("desiredOutcome"),value:d.desiredOutcome,onInput:a=>r.set("desiredOutcome",a),rows:4}),e(Ie,{target:"CHALLENGE",value:d.custom,onChange:a=>r.set("custom",a)}),e(P,{label:l("tags"),value:d.tags,onInput:a=>r.set("tags",a),help:l("tagsHelp")}),e("div",{class:"content-pair",children:[e(P,{label:l("opensAt"),type:"datetime-local",value:d.opensAt,onInput:a=>r.set("opensAt",a),help:M(Ze(d.opensAt))}),e(P,{label:l("closesAt"),type:"datetime-local",value:d.closesAt,onInput:a=>r.set("closesAt",a),help:M(Ze(d.closesAt))})]}),e(we,{form:d,set:(a,u)=>r.set(a,u),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(xe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(tl,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(Ee,{contentId:o.id,media:o.media,onChanged:r.reload}),e(Te,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var il=v(`
  query ContentMethodList($first: Int, $after: String) {
    collaborationMethods(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          name
          position
        }
      }
    }
  }
`);function ko(t){let[n,i]=y(null),o=E(il,{first:se,after:n});return e(he,{title:l("listMethods"),newLabel:l("newMethod"),newPath:"/content/methods/new",children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(B,{label:C("loading")}),e(te,{caption:l("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:i,resetKey:"",rowKey:r=>r.id,pageSize:se,columns:[{header:l("colPosition"),cell:r=>r.position},{header:l("colName"),cell:r=>e("a",{href:O(`/content/methods/${r.id}`),children:r.name})},{header:l("colKey"),cell:r=>e("code",{children:r.key})}]})]})}var rl=v(`
  query ContentMethod($id: ID!) {
    collaborationMethod(id: $id) {
      id
      key
      name
      description
      position
      version
    }
  }
`),ol=v(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),al=v(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),sl=v(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),ll=v(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),dl={key:"",name:"",description:"",position:"0"};function Ao(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function Io({params:t}){let n=t.id==="new",i=E(rl,{id:t.id??""},n),o=n?null:i.data?.collaborationMethod,r=fe({q:i,item:o,blank:dl,toForm:h=>({key:h.key,name:h.name,description:h.description,position:String(h.position)}),create:async h=>(await w(ol,{input:Ao(h)})).createCollaborationMethod.id,update:(h,m)=>w(al,{id:t.id,input:Ao(h),version:m}),path:h=>`/content/methods/${h}`}),[s,d]=y(!1),[a,u]=y(!1),c=R(async h=>{if(h){await w(ll,{id:t.id}),u(!1),r.setNotice(l("restored")),r.reload();return}await w(sl,{id:t.id}),d(!1),u(!0),r.setNotice(l("deleted",{title:o?.name??""}))}),p=n?l("newMethod"):l("editMethod");if(a)return e(T,{children:[e(re,{title:p,list:"/content/methods",listLabel:l("listMethods")}),e(U,{children:r.notice}),e(S,{error:c.error}),e($,{variant:"primary",busy:c.busy,onClick:()=>{c.run(!0)},"data-testid":"restore-deleted",children:l("restoreDeleted")})]});if(!n&&!o)return e(T,{children:[e(re,{title:p,list:"/content/methods",listLabel:l("listMethods")}),i.loading?e(B,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let D=r.form;return e(T,{children:[e(re,{title:p,list:"/content/methods",listLabel:l("listMethods"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:h=>{h.preventDefault(),r.save()},children:[e(U,{children:r.notice}),e(ye,{error:r.error,onReload:r.reload}),e(S,{error:c.error}),e(P,{label:l("name"),value:D.name,onInput:h=>r.set("name",h),required:!0,maxLength:200,testid:"field-title"}),e(P,{label:l("methodKey"),value:D.key,onInput:h=>r.set("key",h),help:l("methodKeyHelp"),required:!0,maxLength:50}),e(V,{label:l("description"),value:D.description,onInput:h=>r.set("description",h),rows:6}),e(P,{label:l("position"),type:"number",value:D.position,onInput:h=>r.set("position",h)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")}),o&&e($,{variant:"danger",onClick:()=>d(!0),"data-testid":"delete",children:l("delete")})]})]}),e(ae,{open:s,title:l("confirmDelete"),confirmLabel:l("delete"),danger:!0,busy:c.busy,onConfirm:()=>{c.run(!1)},onCancel:()=>d(!1),children:e("p",{children:l("confirmDeleteBody",{title:o?.name??""})})})]})}var ul=v(`
  query ContentPreview($token: String!) {
    preview(token: $token) {
      __typename
      id
      ... on Challenge {
        title
        background
        desiredOutcome
        department {
          name
        }
        tags
        opensAt
        closesAt
        media {
          ...ContentMediaItem
        }
      }
      ... on CaseStudy {
        title
        locality
        program
        caseCategory: category
        startOn
        endOn
        dateNote
        summary
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        tags
        media {
          ...ContentMediaItem
        }
      }
      ... on Agreement {
        title
        agreementKind: kind
        purpose
        parties {
          name
        }
        signedOn
        termStartOn
        termEndOn
        items
        merits {
          side
          description
        }
        agreementStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Project {
        title
        projectKind: kind
        summary
        startOn
        endOn
        site
        leadDepartment {
          name
        }
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        projectStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Announcement {
        title
        body
        category
        media {
          ...ContentMediaItem
        }
      }
    }
  }
`);async function pl(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},i=We();i&&(n.Authorization=`Bearer ${i}`);let o;try{o=await fetch(tn("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:ul.toString(),variables:{token:t}})})}catch{throw new X("NETWORK","")}let r=await o.json().catch(()=>({}));if(r.errors?.length){let s=r.errors[0].extensions?.code;throw new X(s==="UNAUTHENTICATED"||s==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",r.errors[0].message)}if(!r.data)throw new X("UNAVAILABLE",`HTTP ${o.status}`);return r.data}function ot({text:t}){return t?e(T,{children:t.split(/\n{2,}/).map((n,i)=>e("p",{class:"content-pre",children:n},i))}):e("p",{class:"muted",children:"—"})}function Y({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function $o({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:l("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),_e.map(n=>e("th",{scope:"col",children:l(`side${n}`)},n))]})}),e("tbody",{children:Mt.map(n=>e("tr",{children:[e("th",{scope:"row",children:l(`res${n}`)}),_e.map(i=>e("td",{class:"content-pre",children:t.filter(o=>o.side===i&&o.kind===n).map(o=>o.description).join(`
`)||"—"},i))]},n))})]})})}function un({ms:t}){return e(T,{children:[e("h2",{children:l("merits")}),_e.map(n=>e("div",{children:[e("h3",{children:l("meritFor",{side:l(`side${n}`)})}),e("ul",{children:t.filter(i=>i.side===n).map((i,o)=>e("li",{children:i.description},o))})]},n))]})}function ft({media:t}){return t.length===0?null:e(T,{children:[e("h2",{children:l("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",dn(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function cl({n:t}){switch(t.__typename){case"Challenge":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Y,{label:l("department"),value:t.department?.name}),e(Y,{label:l("opensAt"),value:M(t.opensAt)}),e(Y,{label:l("closesAt"),value:M(t.closesAt)}),e(Y,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("background")}),e(ot,{text:t.background}),e("h2",{children:l("desiredOutcome")}),e(ot,{text:t.desiredOutcome}),e(ft,{media:t.media})]});case"CaseStudy":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Y,{label:l("locality"),value:t.locality}),e(Y,{label:l("program"),value:t.program}),e(Y,{label:l("category"),value:l(`cat${t.caseCategory}`)}),e(Y,{label:l("startOn"),value:W(t.startOn)}),e(Y,{label:l("endOn"),value:W(t.endOn)}),e(Y,{label:l("dateNote"),value:t.dateNote}),e(Y,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")}),e(Y,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("summary")}),e(ot,{text:t.summary}),e($o,{rs:t.resources}),e(un,{ms:t.merits}),e(ft,{media:t.media})]});case"Agreement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Y,{label:l("agreementKind"),value:l(`ak${t.agreementKind}`)}),e(Y,{label:l("agreementStatus"),value:l(`as${t.agreementStatus}`)}),e(Y,{label:l("parties"),value:t.parties.map(n=>n.name).join("、")}),e(Y,{label:l("signedOn"),value:W(t.signedOn)}),e(Y,{label:l("termStartOn"),value:W(t.termStartOn)}),e(Y,{label:l("termEndOn"),value:W(t.termEndOn)})]}),e("h2",{children:l("purpose")}),e(ot,{text:t.purpose}),e("h2",{children:l("items")}),e("ul",{children:t.items.map((n,i)=>e("li",{children:n},i))}),e(un,{ms:t.merits}),e(ft,{media:t.media})]});case"Project":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Y,{label:l("projectKind"),value:l(`pk${t.projectKind}`)}),e(Y,{label:l("projectStatus"),value:l(`ps${t.projectStatus}`)}),e(Y,{label:l("leadDepartment"),value:t.leadDepartment?.name}),e(Y,{label:l("startOn"),value:W(t.startOn)}),e(Y,{label:l("endOn"),value:W(t.endOn)}),e(Y,{label:l("site"),value:t.site}),e(Y,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:l("summary")}),e(ot,{text:t.summary}),e($o,{rs:t.resources}),e(un,{ms:t.merits}),e(ft,{media:t.media})]});case"Announcement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(Y,{label:l("annCategory"),value:t.category})}),e(ot,{text:t.body}),e(ft,{media:t.media})]});default:return e("h1",{children:l("previewTitle")})}}function So({params:t}){let n=t.token??"",[i,o]=y(null),[r,s]=y(null);return ee(()=>{let d=!0;return o(null),s(null),pl(n).then(a=>d&&o(a),a=>d&&s(a instanceof X?a:new X("INTERNAL",String(a)))),()=>{d=!1}},[n]),r?e(T,{children:[e("h1",{children:l("previewTitle")}),r.code==="NOT_FOUND"?e("p",{role:"alert",children:l("previewGone")}):e(S,{error:r})]}):i?i.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(j,{tone:"warning",icon:"◎",children:l("previewTitle")})," ",l("previewNote")]}),e(cl,{n:i.preview})]}):e(T,{children:[e("h1",{children:l("previewTitle")}),e("p",{role:"alert",children:l("previewGone")})]}):e(B,{label:C("loading")})}var wo=["PARTNERSHIP","DEMONSTRATION"],xo=["PLANNED","ONGOING","COMPLETED","CANCELLED"],ml=v(`
  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          startOn
          endOn
          leadDepartment {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function To(t){let n=Ne({search:"",kind:"",status:"",departmentId:""}),i={search:Q(n.filter.search),kind:Q(n.filter.kind),status:Q(n.filter.status),departmentId:Q(n.filter.departmentId)},o=E(ml,{first:se,after:n.after,filter:i});return e(he,{title:l("listProjects"),newLabel:l("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(F,{label:l("projectKind"),value:n.draft.kind,onChange:r=>n.setDraft({...n.draft,kind:r}),options:pe(wo,r=>l(`pk${r}`),l("any"))}),e(F,{label:l("projectStatus"),value:n.draft.status,onChange:r=>n.setDraft({...n.draft,status:r}),options:pe(xo,r=>l(`ps${r}`),l("any"))}),e(it,{label:l("leadDepartment"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:l("any")})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(B,{label:C("loading")}),e(te,{caption:l("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:se,columns:[{header:l("colTitle"),cell:r=>e("a",{href:O(`/content/projects/${r.id}`),children:r.title})},{header:l("colKind"),cell:r=>l(`pk${r.kind}`)},{header:l("colDepartment"),cell:r=>r.leadDepartment?.name??"—"},{header:l("colPeriod"),cell:r=>r.startOn||r.endOn?`${W(r.startOn)} 〜 ${W(r.endOn)}`:"—"},{header:l("colStatus"),cell:r=>l(`ps${r.status}`)},{header:l("colState"),cell:r=>e(De,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var gl=v(`
  query ContentProject($id: ID!) {
    project(id: $id) {
      id
      kind
      title
      summary
      startOn
      endOn
      site
      leadDepartment {
        id
        name
      }
      partners {
        id
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      status
      agreement {
        id
        title
      }
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),fl=v(`
  query ContentProjectAgreements {
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),yl=v(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),hl=v(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),bl=v(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),Dl={...$e,custom:ve,kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function Po(t){return{...Pe(t),customFields:ke(t.custom),kind:t.kind,title:t.title,summary:t.summary,startOn:Q(t.startOn),endOn:Q(t.endOn),site:t.site,leadDepartmentId:Q(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:qt(t.resources),merits:tt(t.merits),status:t.status,agreementId:Q(t.agreementId)}}function Eo({params:t}){let n=t.id==="new",i=E(gl,{id:t.id??""},n),o=E(fl,{}),r=n?null:i.data?.project,s=fe({q:i,item:r,blank:Dl,toForm:c=>({...Se(c),custom:Ae(c.customFields),kind:c.kind,title:c.title,summary:c.summary,startOn:c.startOn??"",endOn:c.endOn??"",site:c.site,leadDepartmentId:c.leadDepartment?.id??"",partners:c.partners.map(p=>({id:p.id,name:p.name})),resources:_t(c.resources),merits:et(c.merits),status:c.status,agreementId:c.agreement?.id??""}),create:async c=>(await w(yl,{input:Po(c)})).createProject.id,update:(c,p)=>w(hl,{id:t.id,input:Po(c),version:p}),path:c=>`/content/projects/${c}`}),d=n?l("newProject"):l("editProject");if(!n&&!r)return e(T,{children:[e(re,{title:d,list:"/content/projects",listLabel:l("listProjects")}),i.loading?e(B,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let a=s.form,u=[{value:"",label:l("noAgreement")},...(o.data?.agreements.edges??[]).map(c=>({value:c.node.id,label:c.node.title}))];return r?.agreement&&!u.some(c=>c.value===r.agreement.id)&&u.push({value:r.agreement.id,label:r.agreement.title}),e(T,{children:[e(re,{title:d,list:"/content/projects",listLabel:l("listProjects"),children:r&&e("p",{class:"content-sub",children:l("version",{n:r.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:c=>{c.preventDefault(),s.save()},children:[e(U,{children:s.notice}),e(ye,{error:s.error,onReload:s.reload}),e(P,{label:l("name"),value:a.title,onInput:c=>s.set("title",c),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(F,{label:l("projectKind"),value:a.kind,onChange:c=>s.set("kind",c),options:pe(wo,c=>l(`pk${c}`))}),e(F,{label:l("projectStatus"),value:a.status,onChange:c=>s.set("status",c),options:pe(xo,c=>l(`ps${c}`))})]}),e(it,{label:l("leadDepartment"),value:a.leadDepartmentId,onChange:c=>s.set("leadDepartmentId",c),noneLabel:l("noDepartment"),testid:"field-department"}),e(V,{label:l("summary"),value:a.summary,onInput:c=>s.set("summary",c),rows:6}),e(Ie,{target:"PROJECT",value:a.custom,onChange:c=>s.set("custom",c)}),e("div",{class:"content-pair",children:[e(P,{label:l("startOn"),type:"date",value:a.startOn,onInput:c=>s.set("startOn",c),help:W(a.startOn)}),e(P,{label:l("endOn"),type:"date",value:a.endOn,onInput:c=>s.set("endOn",c),help:W(a.endOn)})]}),e(P,{label:l("site"),value:a.site,onInput:c=>s.set("site",c)}),e(rt,{legend:l("partners"),value:a.partners,onChange:c=>s.set("partners",c)}),e(Rt,{value:a.resources,onChange:c=>s.set("resources",c)}),e(nt,{value:a.merits,onChange:c=>s.set("merits",c)}),e(F,{label:l("agreement"),value:a.agreementId,onChange:c=>s.set("agreementId",c),options:u}),e(we,{form:a,set:(c,p)=>s.set(c,p),media:r?.media,url:r?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),r?e("aside",{class:"content-side",children:[e(xe,{id:r.id,title:r.title,state:r.publicationState,publishedAt:r.publishedAt,remove:c=>w(bl,{id:c}),onChanged:s.reload,onRestored:s.reload}),e(Ee,{contentId:r.id,media:r.media,onChanged:s.reload}),e(Te,{id:r.id,version:r.version,onRestored:s.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var No=[{path:"/content/challenges/:id",component:vo,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:Co,nav:{label:()=>l("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:bo,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:ho,nav:{label:()=>l("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:po,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:uo,nav:{label:()=>l("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:Eo,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:To,nav:{label:()=>l("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:go,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:mo,nav:{label:()=>l("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:Io,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:ko,nav:{label:()=>l("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:So,permission:{resource:"content",action:"preview"}}];var g=le({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",answeredAt:"回答日時",notAnswered:"未回答",forwardedTo:"共有先の担当課",notForwarded:"（共有していません）",repliesTitle:"差出人への回答",noReplies:"まだ回答していません。",replySentBy:"{name}（{at}）",replyTitle:"差出人にメールで回答する",replyHelp:"{email} あてに送信し、このお問い合わせに記録します。送信後は取り消せません。",replySubject:"件名",replySubjectHelp:"省略すると「{subject}」になります。",replyBody:"回答の本文",replySend:"回答を送信する",replySentNotice:"{email} あてに回答を送信しました。",forwardTitle:"担当課に共有する",forwardHelp:"共有した担当課の職員は、このお問い合わせを閲覧できるようになり、メールで知らせが届きます。差出人への回答はデスクが行います。",forwardDepartments:"共有先の担当課",forwardNote:"担当課への連絡（任意）",forwardNoteHelp:"お知らせのメールに記載されます。",forwardSend:"共有する",forwardedNotice:"{names} に共有しました。",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",answeredAt:"Answered",notAnswered:"Not yet",forwardedTo:"Forwarded to",notForwarded:"(not forwarded)",repliesTitle:"Answers to the sender",noReplies:"No answer yet.",replySentBy:"{name} ({at})",replyTitle:"Answer the sender by email",replyHelp:"Sent to {email} and recorded with this inquiry. It cannot be taken back.",replySubject:"Subject",replySubjectHelp:'Left empty: "{subject}".',replyBody:"Answer",replySend:"Send the answer",replySentNotice:"The answer was sent to {email}.",forwardTitle:"Forward to departments",forwardHelp:"Staff of the chosen departments can then read this inquiry and are told by email. The desk answers the sender.",forwardDepartments:"Departments",forwardNote:"Note to the departments (optional)",forwardNoteHelp:"Included in the email they receive.",forwardSend:"Forward",forwardedNotice:"Forwarded to {names}.",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});var J=le({nav:"統計",title:"統計",intro:"期間内に提出された提案の件数と、その現在の状況です。年度は4月1日〜3月31日、日付はすべて日本時間です。下書きは数えません。",period:"集計期間",from:"開始日",to:"終了日",groupBy:"集計単位",byFiscalYear:"年度ごと",byMonth:"月ごと",show:"表示する",download:"CSV をダウンロード",downloaded:"CSV をダウンロードしました。",badRange:"開始日と終了日を正しく入力してください（終了日は開始日以降）。",caption:"提案の受付と結果（{from}〜{to}、{by}）",schemeCaption:"希望する連携手法別の受付件数（期間全体）",colPeriod:"期間",colReceived:"受付",colFree:"自由提案",colChallenge:"課題提案",colAssigned:"担当課へ依頼",colAccepted:"採択",colDeclined:"不採択",colWithdrawn:"取下げ",colProjects:"事業化",colAgreements:"協定締結",colFirstResponse:"初回対応までの日数 中央値／90%",colDecision:"採否決定までの日数 中央値／90%",colScheme:"連携手法",colCount:"件数",total:"合計",none:"—",days:"{median}日／{p90}日",noSchemes:"この期間に受け付けた提案はありません。",definitions:"初回対応：提案者に見える職員のメッセージ、または職員による最初の状態変更のうち早い方。中央値と90%はnearest-rank法（小さい順に並べて件数×割合を切り上げた順位の値）。"},{nav:"Statistics",title:"Statistics",intro:"Proposals submitted in the range and what became of them. A fiscal year runs April 1 to March 31; all dates are Japan time. Drafts never count.",period:"Range",from:"From",to:"To",groupBy:"Group by",byFiscalYear:"Fiscal year",byMonth:"Month",show:"Show",download:"Download CSV",downloaded:"The CSV was downloaded.",badRange:"Enter a valid range (the end on or after the start).",caption:"Proposals received and their outcome ({from} – {to}, {by})",schemeCaption:"Received by desired scheme (whole range)",colPeriod:"Period",colReceived:"Received",colFree:"Free",colChallenge:"Challenge",colAssigned:"Assigned",colAccepted:"Accepted",colDeclined:"Declined",colWithdrawn:"Withdrawn",colProjects:"Became projects",colAgreements:"Became agreements",colFirstResponse:"Days to first response (median / p90)",colDecision:"Days to decision (median / p90)",colScheme:"Scheme",colCount:"Count",total:"Total",none:"—",days:"{median} / {p90} days",noSchemes:"No proposal was received in this range.",definitions:"First response: the first staff message the proposer can read or the first status change by staff, whichever came first. Median and p90 are nearest-rank (the value at rank ceil(count × p) in ascending order)."});function Le(){let t=ge();return(n,i)=>oe(t,{resource:n,action:i})}function at(t){let[n,i]=y({key:t,after:null});return[n.key===t?n.after:null,o=>i({key:t,after:o})]}function Ue(t){let n=new Set(t.map(a=>a.id)),i=new Map,o=[];for(let a of t){let u=a.parent?.id;u&&n.has(u)&&u!==a.id?i.set(u,[...i.get(u)??[],a]):o.push(a)}let r=new Set,s=(a,u)=>{if(r.has(a.id))return null;r.add(a.id);let c=(i.get(a.id)??[]).map(p=>s(p,u+1)).filter(p=>p!==null);return{dept:a,depth:u,children:c}},d=o.map(a=>s(a,0)).filter(a=>a!==null);for(let a of t){let u=r.has(a.id)?null:s(a,0);u&&d.push(u)}return d}function je(t){return t.flatMap(n=>[n,...je(n.children)])}function Ge(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function Fo(t,n){let i=new Set([n]),o=!0;for(;o;){o=!1;for(let r of t){let s=r.parent?.id;s&&i.has(s)&&!i.has(r.id)&&(i.add(r.id),o=!0)}}return i}var Cl=v(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),vl=v(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),Al=v(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),kl=v(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),Il=v(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),Mo=20,_o=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function yt(t){return g(`role${t}`)}function $l(t){return _o.includes(t)?t:null}function qo({query:t}){let n=$l(t.get("role")),i=t.get("q")??"",o=`${n}|${i}`,[r,s]=at(o),d=o,[a,u]=y(i),[c,p]=y(""),[D,h]=y(!1),[m,b]=y(null),A=Le(),I=ge().me,L=E(Cl,{first:Mo,after:r,filter:{role:n,search:i||null}}),q=R(async x=>{x.disable?await w(kl,{id:x.id}):await w(Il,{id:x.id}),b(null),p(g(x.disable?"disabledNotice":"enabledNotice",{name:x.name})),await L.reload()}),_=(x,be)=>de("/desk/accounts",{role:x||void 0,q:be.trim()||void 0});return e("section",{children:[e("h1",{children:g("accountsTitle")}),e(U,{children:c}),A("account","createStaff")&&!D&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>h(!0),"data-testid":"staff-new",children:g("newStaff")})}),D&&e(Sl,{onDone:x=>{h(!1),p(g("createdStaffNotice",{name:x})),L.reload()},onCancel:()=>h(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":g("filters"),onSubmit:x=>{x.preventDefault(),_(n??"",a)},children:[e(F,{label:g("role"),value:n??"",testid:"account-role",onChange:x=>_(x,a),options:[{value:"",label:g("all")},..._o.map(x=>({value:x,label:yt(x)}))]}),e(P,{label:g("search"),type:"search",value:a,onInput:u,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e($,{type:"submit",children:g("apply")}),(n||i)&&e($,{variant:"link",onClick:()=>{u(""),_("","")},children:g("clearFilters")})]})]}),e(S,{error:L.error,onRetry:()=>{L.reload()},retryLabel:C("retry")}),e(te,{caption:g("accountsCaption"),testid:"accounts",page:L.data?.users,after:r,onAfter:s,resetKey:d,pageSize:Mo,rowKey:x=>x.id,columns:[{header:g("displayName"),cell:x=>x.displayName},{header:g("email"),cell:x=>x.email??"—"},{header:g("role"),cell:x=>yt(x.role),class:"desk-nowrap"},{header:g("belongsTo"),cell:x=>x.department?.name??x.organization?.name??"—"},{header:g("status"),cell:x=>x.disabled?e(j,{tone:"danger",icon:"×",children:g("accountDisabled")}):e(j,{tone:"success",icon:"✓",children:g("accountActive")})},{header:g("createdAt"),cell:x=>M(x.createdAt),class:"desk-nowrap"},{header:g("actions"),cell:x=>A("account","disable")&&x.id!==I.id?e($,{variant:x.disabled?"secondary":"danger","aria-label":`${g(x.disabled?"enable":"disable")}: ${x.displayName}`,"data-testid":`account-toggle-${x.id}`,onClick:()=>b({id:x.id,name:x.displayName,disable:!x.disabled}),children:g(x.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),e(ae,{open:m!==null,title:m?g(m.disable?"disableConfirm":"enableConfirm",{name:m.name}):"",confirmLabel:m?g(m.disable?"disable":"enable"):void 0,danger:m?.disable,busy:q.busy,onConfirm:()=>m&&void q.run(m),onCancel:()=>{q.clear(),b(null)},children:[e("p",{children:m?g(m.disable?"disableBody":"enableBody"):""}),q.error?.code==="CONFLICT"?e("p",{class:"field-error",role:"alert",children:[g("cannotToggle")," ",C("serverSays",{msg:q.error.serverMessage})]}):e(S,{error:q.error})]})]})}function Sl({onDone:t,onCancel:n}){let i=E(vl,{}),[o,r]=y(""),[s,d]=y(""),[a,u]=y("DEPARTMENT"),[c,p]=y(""),[D,h]=y(""),m=R(async()=>{let I=await w(Al,{input:{email:o,displayName:s,role:a,departmentId:c||null,password:D}});t(I.createStaffAccount.displayName)}),b=I=>m.error?.field===`input.${I}`?m.error.clerkMessage():void 0,A=je(Ue(i.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:I=>{I.preventDefault(),m.run()},children:[e("h2",{id:"staff-form-title",children:g("newStaffTitle")}),e(S,{error:i.error}),e(F,{label:g("staffRole"),required:!0,value:a,testid:"staff-role",onChange:I=>u(I),options:["DEPARTMENT","DESK"].map(I=>({value:I,label:yt(I)}))}),e(F,{label:g("department"),required:a==="DEPARTMENT",help:g("departmentHelp"),error:b("departmentId"),value:c,testid:"staff-department",onChange:p,options:[{value:"",label:g("departmentNone")},...A.map(I=>({value:I.dept.id,label:Ge(I.dept.name,I.depth)}))]}),e(P,{label:g("displayName"),required:!0,value:s,onInput:d,error:b("displayName"),testid:"staff-name",autocomplete:"off"}),e(P,{label:g("email"),type:"email",required:!0,value:o,onInput:r,error:b("email"),testid:"staff-email",autocomplete:"off"}),e(P,{label:g("initialPassword"),type:"password",required:!0,value:D,onInput:h,help:g("initialPasswordHelp"),error:b("password"),testid:"staff-password",autocomplete:"new-password"}),e(S,{error:m.error}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"staff-create",children:g("create")}),e($,{onClick:n,children:C("cancel")})]})]})}var Pl=v(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),wl=v(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),Ro=50,jo=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],Bo=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function Oo(t,n){let i=t.find(o=>o.value.toLowerCase()===n.toLowerCase());return i?me()==="en"?i.en:i.ja:void 0}function Lo(t){return`${t}T00:00:00+09:00`}function xl(t){let[n,i,o]=t.split("-").map(Number);return new Date(Date.UTC(n,i-1,o+1)).toISOString().slice(0,10)}var Uo=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function Tl(t){let n={},i=t.get("from"),o=t.get("to");return Uo(i)&&(n.from=Lo(i)),Uo(o)&&(n.to=Lo(xl(o))),t.get("actor")&&(n.actorId=t.get("actor")),t.get("action")&&(n.action=t.get("action")),t.get("type")&&(n.targetType=t.get("type")),t.get("target")&&(n.targetId=t.get("target")),Object.keys(n).length>0?n:null}function El(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return O(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return O(`/proposals/${n}`);case"department":return O("/desk/departments",{id:t.targetId});case"webhook":return O(`/desk/webhooks/${n}`);default:return null}}function Nl(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function Vo({query:t}){let n=Tl(t),i=JSON.stringify(n),[o,r]=at(i),s=E(Pl,{first:Ro,after:o,filter:n}),d=(a,u)=>{let c=Object.fromEntries(t.entries());c[a]=u,de("/desk/audit",c)};return e("section",{children:[e("h1",{children:g("auditTitle")}),e("p",{children:g("auditIntro")}),e(Fl,{query:t},t.toString()),t.get("target")&&e("p",{children:[g("onlyTarget",{id:t.get("target")})," ",e($,{variant:"link",onClick:()=>d("target",void 0),children:g("showAllTargets")})]}),e(S,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(te,{caption:g("auditCaption"),testid:"audit",page:s.data?.auditLog,after:o,onAfter:r,resetKey:i,pageSize:Ro,rowKey:a=>`${a.at}|${a.action}|${a.targetType}|${a.targetId}|${a.actor?.id??""}`,columns:[{header:g("at"),cell:a=>M(a.at),class:"desk-nowrap"},{header:g("actor"),cell:a=>a.actor?.displayName??g("system")},{header:g("action"),cell:a=>e(T,{children:[Oo(jo,a.action)??""," ",e("code",{children:a.action})]})},{header:g("target"),cell:a=>{let u=El(a),c=`${Oo(Bo,a.targetType)??a.targetType} ${a.targetId}`;return e(T,{children:[u?e("a",{href:u,children:c}):c,t.get("target")!==a.targetId&&e(T,{children:[" ",e("a",{href:O("/desk/audit",{...Object.fromEntries(t.entries()),target:a.targetId,type:void 0}),class:"desk-small",children:g("thisTargetOnly")})]})]})},class:"desk-break"},{header:g("changes"),cell:a=>Nl(a.changes),class:"desk-break"}]})]})}function Fl({query:t}){let n=E(wl,{}),[i,o]=y(t.get("from")??""),[r,s]=y(t.get("to")??""),[d,a]=y(t.get("actor")??""),[u,c]=y(t.get("action")??""),[p,D]=y(t.get("type")??""),h=t.get("target")??void 0,m=["from","to","actor","action","type","target"].some(A=>t.get(A)),b=me()==="en";return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":g("filters"),onSubmit:A=>{A.preventDefault(),de("/desk/audit",{from:i,to:r,actor:d,action:u,type:p,target:h})},children:[e(H,{legend:g("period"),class:"desk-period",children:[e(P,{label:g("fromDate"),type:"date",value:i,onInput:o,testid:"audit-from"}),e(P,{label:g("toDate"),type:"date",value:r,onInput:s,testid:"audit-to"})]}),e("div",{class:"desk-filters",children:[e(F,{label:g("actor"),value:d,onChange:a,testid:"audit-actor",options:[{value:"",label:g("all")},...(n.data?.users.edges??[]).map(A=>({value:A.node.id,label:`${A.node.displayName}（${yt(A.node.role)}）`}))]}),e(F,{label:g("action"),value:u,onChange:c,testid:"audit-action",options:[{value:"",label:g("all")},...jo.map(A=>({value:A.value,label:b?A.en:A.ja}))]}),e(F,{label:g("targetType"),value:p,onChange:D,testid:"audit-type",options:[{value:"",label:g("all")},...Bo.map(A=>({value:A.value,label:b?A.en:A.ja}))]})]}),e("div",{class:"desk-filter-buttons",children:[e($,{type:"submit",variant:"primary","data-testid":"audit-apply",children:g("apply")}),m&&e($,{variant:"link",onClick:()=>de("/desk/audit"),children:g("clearFilters")})]})]})}var Ml=v(`
  query SettingsCustomFields($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      target
      labelJa
      labelEn
      type
      required
      visibility
      order
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`),_l=v(`
  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
    defineCustomField(input: $input) {
      id
    }
  }
`),ql=v(`
  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
    updateCustomField(id: $id, input: $input) {
      id
    }
  }
`),Rl=v(`
  mutation SettingsCustomFieldDelete($id: ID!) {
    deleteCustomField(id: $id)
  }
`),Ho=["PROPOSAL","CHALLENGE","AGREEMENT","PROJECT","CASE_STUDY","ANNOUNCEMENT"],Ol=["TEXT","LONG_TEXT","NUMBER","DATE","SINGLE_CHOICE","MULTIPLE_CHOICE","BOOLEAN"],Ll=["PUBLIC","PROPOSER","STAFF"];function Ko(t){return N(`target${t}`)}function Ul(t){return E(Ml,{target:t})}var jl={id:null,key:"",labelJa:"",labelEn:"",type:"TEXT",required:!1,visibility:"STAFF",order:"",choices:""};function Bl(t){return{id:t.id,key:t.key,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:String(t.order),choices:t.choices.map(n=>[n.value,n.labelJa,n.labelEn].join("|")).join(`
`)}}function Vl(t,n){let i=t.type==="SINGLE_CHOICE"||t.type==="MULTIPLE_CHOICE";return{key:t.key.trim(),target:n,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:t.order.trim()===""?null:Number(t.order),choices:i?t.choices.split(`
`).map(o=>o.trim()).filter(o=>o!=="").map(o=>{let[r="",s="",d=""]=o.split("|").map(a=>a.trim());return{value:r,labelJa:s||r,labelEn:d}}):null}}function Qo(t){let[n,i]=y(Ho[0]),o=Ul(n),[r,s]=y(null),[d,a]=y(""),[u,c]=y(null),p=R(async b=>{a("");let A=Vl(b,n);b.id?await w(ql,{id:b.id,input:A}):await w(_l,{input:A}),a(b.id?N("updated",{label:b.labelJa}):N("defined",{label:b.labelJa})),s(null),await o.reload()}),D=R(async b=>{a(""),await w(Rl,{id:b.id}),c(null),a(N("removed",{label:b.labelJa})),await o.reload()}),h=(b,A)=>s(I=>I&&{...I,[b]:A}),m=o.data?.customFieldDefinitions??[];return e(T,{children:[e("h1",{children:N("title")}),e("p",{class:"help",children:N("intro")}),e(F,{label:N("target"),value:n,testid:"custom-field-target",onChange:b=>{i(b),s(null),a("")},options:Ho.map(b=>({value:b,label:Ko(b)}))}),e(U,{children:d}),e(S,{error:o.error??D.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(B,{label:C("loading")}),o.data&&m.length===0&&e("p",{"data-testid":"custom-fields-none",children:N("none")}),m.length>0&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"custom-fields",children:[e("caption",{children:N("caption",{target:Ko(n)})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:N("order")}),e("th",{scope:"col",children:N("labelJa")}),e("th",{scope:"col",children:N("key")}),e("th",{scope:"col",children:N("type")}),e("th",{scope:"col",children:N("visibility")}),e("th",{scope:"col",children:N("required")}),e("th",{scope:"col",children:g("actions")})]})}),e("tbody",{children:m.map(b=>e("tr",{children:[e("td",{children:b.order}),e("td",{children:[b.labelJa,b.labelEn&&e("span",{class:"help",children:[" / ",b.labelEn]})]}),e("td",{class:"desk-break",children:b.key}),e("td",{children:N(`type${b.type}`)}),e("td",{children:N(`visibility${b.visibility}`)}),e("td",{children:b.required?e(j,{tone:"warning",children:N("required")}):"—"}),e("td",{children:e("div",{class:"desk-row-actions",children:[e($,{variant:"secondary",onClick:()=>s(Bl(b)),"aria-label":`${N("edit")}: ${b.labelJa}`,children:N("edit")}),e($,{variant:"danger",onClick:()=>c(b),"aria-label":`${N("remove")}: ${b.labelJa}`,children:N("remove")})]})})]},b.id))})]})}),!r&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>s({...jl}),"data-testid":"custom-field-new",children:N("define")})}),r&&e("form",{class:"desk-panel","data-testid":"custom-field-form",onSubmit:b=>{b.preventDefault(),p.run(r)},children:[e("h2",{children:r.id?N("editTitle",{label:r.labelJa}):N("defineTitle")}),e(S,{error:p.error}),e(P,{label:N("key"),value:r.key,onInput:b=>h("key",b),required:!0,maxLength:40,help:N("keyHelp"),testid:"custom-field-key"}),e(P,{label:N("labelJa"),value:r.labelJa,onInput:b=>h("labelJa",b),required:!0,maxLength:200,testid:"custom-field-label"}),e(P,{label:N("labelEn"),value:r.labelEn,onInput:b=>h("labelEn",b),maxLength:200}),e(F,{label:N("type"),value:r.type,onChange:b=>h("type",b),options:(r.id?[r.type]:Ol).map(b=>({value:b,label:N(`type${b}`)})),help:N("typeFixed"),testid:"custom-field-type"}),(r.type==="SINGLE_CHOICE"||r.type==="MULTIPLE_CHOICE")&&e(V,{label:N("choices"),value:r.choices,onInput:b=>h("choices",b),rows:5,help:N("choicesHelp"),required:!0,testid:"custom-field-choices"}),e(F,{label:N("visibility"),value:r.visibility,onChange:b=>h("visibility",b),options:Ll.map(b=>({value:b,label:N(`visibility${b}`)})),testid:"custom-field-visibility"}),e(Ce,{label:N("required"),checked:r.required,onChange:b=>h("required",b),help:N("requiredHelp"),testid:"custom-field-required"}),e(P,{label:N("order"),type:"number",value:r.order,onInput:b=>h("order",b)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:p.busy,"data-testid":"custom-field-save",children:N("save")}),e($,{variant:"secondary",onClick:()=>{s(null),p.clear()},children:N("cancel")})]})]}),e(ae,{open:u!==null,title:u?N("removeTitle",{label:u.labelJa}):"",confirmLabel:N("remove"),danger:!0,busy:D.busy,onConfirm:()=>u&&void D.run(u),onCancel:()=>c(null),children:e("p",{children:N("removeBody")})})]})}var Hl=v(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),Kl=v(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),Wo=v(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),Ql=v(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Wl=["BUREAU","DIVISION","SECTION"],Jo=()=>Wl.map(t=>({value:t,label:g(`kind${t}`)}));function ht(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function zo({query:t}){let n=E(Hl,{}),i=Le(),[o,r]=y(""),s=t.get("id")??"",d=n.data?.municipality.departments??[],a=Ue(d),u=d.find(D=>D.id===s),c=i("department","write"),p=async(D,h)=>{r(D),await n.reload(),h!==void 0&&de("/desk/departments",{id:h??void 0})};return e("section",{children:[e("h1",{children:g("departmentsTitle")}),e(U,{children:o}),e(S,{error:n.error,onRetry:()=>{n.reload()},retryLabel:C("retry")}),!n.data&&!n.error&&e(B,{label:C("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:g("departmentTree")}),a.length===0?e("p",{children:g("noDepartments")}):e(Go,{rows:a,selected:s})]}),c&&e("div",{class:"desk-side",children:[u?e(Jl,{dept:u,all:d,onDone:p},`${u.id}@${u.version}`):e("p",{class:"help",children:g("selectToEdit")}),e(zl,{all:d,defaultParent:u?.id??"",onDone:p},`add-${u?.id??""}`)]})]})]})}function Go({rows:t,selected:n}){return e("ul",{children:t.map(i=>e("li",{children:[e("a",{href:O("/desk/departments",{id:i.dept.id}),"aria-current":i.dept.id===n?"true":void 0,"data-testid":`dept-${i.dept.id}`,children:i.dept.name})," ",e("span",{class:"desk-kind",children:["（",g(`kind${i.dept.kind}`),"）"]}),i.children.length>0&&e(Go,{rows:i.children,selected:n})]},i.dept.id))})}function Jl({dept:t,all:n,onDone:i}){let[o,r]=y(t.name),[s,d]=y(t.kind),[a,u]=y(t.parent?.id??""),[c,p]=y(!1),D=R(async()=>{let I=await w(Wo,{id:t.id,input:{name:o,kind:s},version:t.version});await i(g("savedDeptNotice",{name:I.updateDepartment.name}))}),h=R(async()=>{await w(Wo,{id:t.id,input:{parentId:a},version:t.version}),await i(g("movedDeptNotice",{name:t.name}))}),m=R(async()=>{await w(Ql,{id:t.id}),p(!1),await i(g("deletedDeptNotice",{name:t.name}),null)}),b=Fo(n,t.id),A=je(Ue(n)).filter(I=>!b.has(I.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:g("editDepartment",{name:t.name})}),e("form",{"aria-label":g("rename"),onSubmit:I=>{I.preventDefault(),D.run()},children:[e(P,{label:g("deptName"),required:!0,value:o,onInput:r,error:ht(D.error,"name"),testid:"dept-edit-name"}),e(F,{label:g("kind"),value:s,onChange:I=>d(I),options:Jo(),testid:"dept-edit-kind"}),e(S,{error:D.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:D.busy,"data-testid":"dept-rename",children:g("rename")})})]}),e("form",{"aria-label":g("move"),onSubmit:I=>{I.preventDefault(),h.run()},children:[e(F,{label:g("moveTo"),help:g("moveHelp"),value:a,onChange:u,error:ht(h.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:g("parentTop")}],...A.map(I=>({value:I.dept.id,label:Ge(I.dept.name,I.depth)}))]}),e(S,{error:h.error}),e("div",{class:"actions",children:e($,{type:"submit",busy:h.busy,disabled:!a||a===(t.parent?.id??""),"data-testid":"dept-move",children:g("move")})})]}),e("div",{class:"actions",children:e($,{variant:"danger",onClick:()=>p(!0),"data-testid":"dept-delete",children:g("deleteDept")})}),e(ae,{open:c,title:g("deleteDeptConfirm",{name:t.name}),confirmLabel:g("deleteDept"),danger:!0,busy:m.busy,onConfirm:()=>{m.run()},onCancel:()=>{m.clear(),p(!1)},children:[e("p",{children:g("deleteDeptBody")}),m.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[g("deptInUse"),e("br",{}),C("serverSays",{msg:m.error.serverMessage})]}),m.error&&m.error.code!=="CONFLICT"&&e(S,{error:m.error})]})]})}function zl({all:t,defaultParent:n,onDone:i}){let[o,r]=y(""),[s,d]=y("SECTION"),[a,u]=y(n),[c,p]=y(""),D=R(async()=>{let m=c.trim()===""?null:Number(c),b=await w(Kl,{input:{name:o,kind:s,parentId:a||null,position:m}});r(""),p(""),await i(g("addedDeptNotice",{name:b.createDepartment.name}),b.createDepartment.id)}),h=je(Ue(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:m=>{m.preventDefault(),D.run()},children:[e("h2",{id:"dept-add-title",children:g("newDepartment")}),e(P,{label:g("deptName"),required:!0,value:o,onInput:r,error:ht(D.error,"name"),testid:"dept-add-name"}),e(F,{label:g("kind"),value:s,onChange:m=>d(m),options:Jo(),testid:"dept-add-kind"}),e(F,{label:g("parent"),value:a,onChange:u,error:ht(D.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:g("parentTop")},...h.map(m=>({value:m.dept.id,label:Ge(m.dept.name,m.depth)}))]}),e(P,{label:g("position"),type:"number",value:c,onInput:p,help:g("positionHelp"),error:ht(D.error,"position"),testid:"dept-add-position"}),e(S,{error:D.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:D.busy,"data-testid":"dept-add",children:g("add")})})]})}var Gl=v(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Yo=20;function pn({status:t}){return t==="OPEN"?e(j,{tone:"warning",icon:"●",children:g("inquiryOpen")}):e(j,{tone:"success",icon:"✓",children:g("inquiryClosed")})}function Yl(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function Xo({query:t}){let n=Yl(t),i=String(n),[o,r]=at(i),s=E(Gl,{first:Yo,after:o,status:n});return e("section",{children:[e("h1",{children:g("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":g("filters"),onSubmit:d=>d.preventDefault(),children:e(F,{label:g("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:d=>de("/desk/inquiries",{status:d==="OPEN"?void 0:d}),options:[{value:"OPEN",label:g("inquiryOpen")},{value:"CLOSED",label:g("inquiryClosed")},{value:"ALL",label:g("all")}]})}),e(S,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(te,{caption:g("inquiriesCaption"),testid:"inquiries",page:s.data?.inquiries,after:o,onAfter:r,resetKey:i,pageSize:Yo,rowKey:d=>d.id,columns:[{header:g("receivedAt"),cell:d=>M(d.createdAt),class:"desk-nowrap"},{header:g("subject"),cell:d=>e("a",{href:O(`/desk/inquiries/${encodeURIComponent(d.id)}`,{status:t.get("status")??void 0}),children:d.subject})},{header:g("sender"),cell:d=>`${d.name}${d.affiliation?`（${d.affiliation}）`:""}`},{header:g("inquiryStatus"),cell:d=>e(pn,{status:d.status})}]})]})}var Xl=v(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
        answeredAt
        forwardedTo {
          id
          name
        }
        replies {
          id
          subject
          body
          sentBy
          sentAt
        }
      }
    }
  }
`),Zl=v(`
  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
    replyToInquiry(id: $id, input: $input) {
      id
      answeredAt
    }
  }
`),ed=v(`
  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
      id
      forwardedTo {
        id
      }
    }
  }
`),td=v(`
  query DeskInquiryDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),nd=v(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function Zo({params:t,query:n}){let i=E(Xl,{id:t.id}),o=Le(),[r,s]=y(!1),[d,a]=y(""),u=R(async()=>{await w(nd,{id:t.id}),s(!1),a(g("inquiryClosedNotice")),await i.reload()}),c=e("p",{children:e("a",{href:O("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",g("backToInquiries")]})});if(i.error)return e("section",{children:[e("h1",{children:g("inquiryTitle")}),e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),c]});let p=i.data?.node;return i.data?!p||!("subject"in p)?e("section",{children:[e("h1",{children:g("inquiryTitle")}),e(S,{error:new X("NOT_FOUND","")}),c]}):e("section",{children:[c,e("h1",{children:[g("inquiryTitle"),": ",p.subject]}),e(U,{children:d}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:g("inquiryStatus")}),e("dd",{children:e(pn,{status:p.status})}),e("dt",{children:g("receivedAt")}),e("dd",{children:M(p.createdAt)}),e("dt",{children:g("name")}),e("dd",{children:p.name}),e("dt",{children:g("affiliation")}),e("dd",{children:p.affiliation||g("noAffiliation")}),e("dt",{children:g("email")}),e("dd",{children:p.email}),e("dt",{children:g("phone")}),e("dd",{children:p.phone||"—"}),e("dt",{children:g("subject")}),e("dd",{children:p.subject}),e("dt",{children:g("answeredAt")}),e("dd",{children:p.answeredAt?M(p.answeredAt):g("notAnswered")}),e("dt",{children:g("forwardedTo")}),e("dd",{"data-testid":"inquiry-forwarded-to",children:p.forwardedTo.length?p.forwardedTo.map(D=>D.name).join("、"):g("notForwarded")})]}),e("h2",{children:g("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:p.body}),e("h2",{children:g("repliesTitle")}),p.replies.length===0?e("p",{"data-testid":"inquiry-no-replies",children:g("noReplies")}):e("ol",{class:"desk-replies","data-testid":"inquiry-replies",children:p.replies.map(D=>e("li",{children:[e("p",{children:[e("strong",{children:D.subject}),e("br",{}),g("replySentBy",{name:D.sentBy,at:M(D.sentAt)})]}),e("div",{class:"desk-body",children:D.body})]},D.id))}),o("inquiry","reply")&&e(id,{id:p.id,subject:p.subject,email:p.email,onDone:async()=>{a(g("replySentNotice",{email:p.email})),await i.reload()}}),o("inquiry","forward")&&e(rd,{id:p.id,already:p.forwardedTo.map(D=>D.id),onDone:async D=>{a(g("forwardedNotice",{names:D})),await i.reload()}}),p.status==="OPEN"&&o("inquiry","close")&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>s(!0),"data-testid":"inquiry-close",children:g("closeInquiry")})}),e(ae,{open:r,title:g("closeInquiryConfirm"),confirmLabel:g("closeInquiry"),busy:u.busy,onConfirm:()=>{u.run()},onCancel:()=>{u.clear(),s(!1)},children:[e("p",{children:g("closeInquiryBody",{subject:p.subject})}),e(S,{error:u.error})]})]}):e(B,{label:C("loading")})}function id({id:t,subject:n,email:i,onDone:o}){let[r,s]=y(""),[d,a]=y(""),u=R(async()=>{await w(Zl,{id:t,input:{subject:r.trim()||null,body:d}}),s(""),a(""),await o()}),c=p=>u.error?.field===`input.${p}`?u.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"inquiry-reply-title",onSubmit:p=>{p.preventDefault(),u.run()},children:[e("h2",{id:"inquiry-reply-title",children:g("replyTitle")}),e("p",{class:"help",children:g("replyHelp",{email:i})}),e(S,{error:u.error&&!u.error.field?u.error:void 0}),e(P,{label:g("replySubject"),help:g("replySubjectHelp",{subject:`Re: ${n}`}),value:r,onInput:s,error:c("subject"),testid:"inquiry-reply-subject",maxLength:200}),e(V,{label:g("replyBody"),required:!0,rows:8,value:d,onInput:a,error:c("body"),testid:"inquiry-reply-body"}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"inquiry-reply-send",children:g("replySend")})})]})}function rd({id:t,already:n,onDone:i}){let o=E(td,{}),[r,s]=y([]),[d,a]=y(""),u=je(Ue(o.data?.municipality.departments??[])),c=R(async()=>{await w(ed,{id:t,departmentIds:r,note:d.trim()||null});let D=u.filter(h=>r.includes(h.dept.id)).map(h=>h.dept.name).join("、");s([]),a(""),await i(D)}),p=c.error?.field?.startsWith("departmentIds")?c.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"inquiry-forward-title",onSubmit:D=>{D.preventDefault(),c.run()},children:[e("h2",{id:"inquiry-forward-title",children:g("forwardTitle")}),e("p",{class:"help",children:g("forwardHelp")}),e(S,{error:o.error}),e(S,{error:c.error&&!c.error.field?c.error:void 0}),e(H,{legend:g("forwardDepartments"),children:[u.filter(D=>!n.includes(D.dept.id)).map(D=>e(Ce,{label:Ge(D.dept.name,D.depth),checked:r.includes(D.dept.id),testid:`inquiry-forward-${D.dept.id}`,onChange:h=>s(m=>h?[...m,D.dept.id]:m.filter(b=>b!==D.dept.id))},D.dept.id)),p&&e("p",{class:"field-error",children:p})]}),e(V,{label:g("forwardNote"),help:g("forwardNoteHelp"),rows:3,value:d,onInput:a,error:c.error?.field==="note"?c.error.clerkMessage():void 0,testid:"inquiry-forward-note"}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:c.busy,disabled:r.length===0,"data-testid":"inquiry-forward-send",children:g("forwardSend")})})]})}var od=v(`
  query DeskMunicipalitySettings {
    municipality {
      id
      slug
      itemUrlTemplate
    }
  }
`),ad=v(`
  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
    updateMunicipality(input: $input) {
      id
      itemUrlTemplate
    }
  }
`);function ea(t){let n=E(od,{}),[i,o]=y(""),[r,s]=y("");ee(()=>{n.data&&o(n.data.municipality.itemUrlTemplate??"")},[n.data]);let d=R(async()=>{s(""),await w(ad,{input:{itemUrlTemplate:i}}),s(ie("saved")),await n.reload()});if(!n.data)return e("section",{children:[e("h1",{children:ie("settingsTitle")}),n.error?e(S,{error:n.error,onRetry:()=>{n.reload()},retryLabel:C("retry")}):e(B,{label:C("loading")})]});let a=new URL("../sitemap.xml?municipality="+encodeURIComponent(n.data.municipality.slug),location.href).href;return e("section",{children:[e("h1",{children:ie("settingsTitle")}),e("form",{onSubmit:u=>{u.preventDefault(),d.run()},children:[e(U,{children:r}),e(S,{error:d.error}),e(P,{label:ie("itemUrlTemplate"),type:"url",value:i,onInput:o,help:ie("itemUrlTemplateHelp"),maxLength:500,testid:"field-item-url-template"}),n.data.municipality.itemUrlTemplate&&e("p",{class:"help",children:[ie("sitemapNote"),e("a",{href:a,target:"_blank",rel:"noopener noreferrer",children:a})]}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:ie("save")})})]})]})}var sd=v(`
  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {
    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {
      from
      to
      groupBy
      periods {
        ...DeskStatisticsPeriod
      }
      total {
        ...DeskStatisticsPeriod
        receivedByScheme {
          key
          count
        }
      }
    }
  }
  fragment DeskStatisticsPeriod on StatisticsPeriod {
    label
    start
    end
    received
    receivedByKind {
      key
      count
    }
    assigned
    accepted
    declined
    withdrawn
    becameProjects
    becameAgreements
    daysToFirstResponse {
      count
      median
      p90
    }
    daysToDecision {
      count
      median
      p90
    }
  }
`),Ot=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function ld(){let t=new Date(Date.now()+324e5),n=t.getUTCFullYear();return t.getUTCMonth()<3?n-1:n}function dd(t){let n=ld(),i=t.get("from"),o=t.get("to");return{from:Ot(i)?i:`${n-2}-04-01`,to:Ot(o)?o:`${n+1}-03-31`,groupBy:t.get("by")==="MONTH"?"MONTH":"FISCAL_YEAR"}}function ta(t,n){return t.receivedByKind.find(i=>i.key===n)?.count??0}function na(t){return t.median==null||t.p90==null?J("none"):J("days",{median:t.median.toFixed(1),p90:t.p90.toFixed(1)})}function ia({query:t}){let n=dd(t),i=E(sd,n),[o,r]=y(!1),s=R(async()=>{r(!1);let u=new URLSearchParams({from:n.from,to:n.to,groupBy:n.groupBy});await Ye(`exports/statistics.csv?${u.toString()}`,`statistics-${n.from}-${n.to}.csv`),r(!0)}),d=u=>{let c={...n,...u};de("/desk/statistics",{from:c.from,to:c.to,by:c.groupBy==="MONTH"?"MONTH":void 0})},a=i.data?.deskStatistics;return e("section",{children:[e("h1",{children:J("title")}),e("p",{children:J("intro")}),e(ud,{from:n.from,to:n.to,onApply:(u,c)=>d({from:u,to:c})},`${n.from}|${n.to}`),e("div",{class:"desk-filter-buttons",role:"group","aria-label":J("groupBy"),children:[e("span",{children:[J("groupBy"),":"]}),["FISCAL_YEAR","MONTH"].map(u=>e($,{variant:n.groupBy===u?"primary":"secondary","aria-pressed":n.groupBy===u?"true":"false","data-testid":`statistics-by-${u.toLowerCase()}`,onClick:()=>d({groupBy:u}),children:u==="MONTH"?J("byMonth"):J("byFiscalYear")},u)),e($,{variant:"secondary",busy:s.busy,"data-testid":"statistics-csv",onClick:()=>{s.run()},children:J("download")})]}),o&&e(U,{children:J("downloaded")}),e(S,{error:s.error}),e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),a&&e(pd,{st:a}),e("p",{class:"desk-small",children:J("definitions")})]})}function ud(t){let[n,i]=y(t.from),[o,r]=y(t.to),[s,d]=y(!1);return e("form",{class:"desk-panel","aria-label":J("period"),onSubmit:a=>{a.preventDefault();let u=Ot(n)&&Ot(o)&&n<=o;d(!u),u&&t.onApply(n,o)},children:[e(H,{legend:J("period"),class:"desk-period",children:[e(P,{label:J("from"),type:"date",value:n,onInput:i,required:!0,testid:"statistics-from",error:s?J("badRange"):void 0}),e(P,{label:J("to"),type:"date",value:o,onInput:r,required:!0,testid:"statistics-to"})]}),e("div",{class:"desk-filter-buttons",children:e($,{type:"submit",variant:"primary","data-testid":"statistics-apply",children:J("show")})})]})}function pd({st:t}){let n=t.groupBy==="MONTH"?J("byMonth"):J("byFiscalYear"),i=(r,s)=>e("tr",{class:s?"statistics-total":void 0,children:[e("th",{scope:"row",children:s?J("total"):r.label}),e("td",{children:r.received}),e("td",{children:ta(r,"FREE")}),e("td",{children:ta(r,"CHALLENGE")}),e("td",{children:r.assigned}),e("td",{children:r.accepted}),e("td",{children:r.declined}),e("td",{children:r.withdrawn}),e("td",{children:r.becameProjects}),e("td",{children:r.becameAgreements}),e("td",{children:na(r.daysToFirstResponse)}),e("td",{children:na(r.daysToDecision)})]},s?"total":r.label),o=J("caption",{from:W(t.from),to:W(t.to),by:n});return e(T,{children:[e("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":o,children:e("table",{class:"table statistics-table","data-testid":"statistics-table",children:[e("caption",{children:o}),e("thead",{children:e("tr",{children:["colPeriod","colReceived","colFree","colChallenge","colAssigned","colAccepted","colDeclined","colWithdrawn","colProjects","colAgreements","colFirstResponse","colDecision"].map(r=>e("th",{scope:"col",children:J(r)},r))})}),e("tbody",{children:[t.periods.map(r=>i(r,!1)),i(t.total,!0)]})]})}),t.total.receivedByScheme.length===0?e("p",{children:J("noSchemes")}):e("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":J("schemeCaption"),children:e("table",{class:"table statistics-schemes","data-testid":"statistics-schemes",children:[e("caption",{children:J("schemeCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:J("colScheme")}),e("th",{scope:"col",children:J("colCount")})]})}),e("tbody",{children:t.total.receivedByScheme.map(r=>e("tr",{children:[e("th",{scope:"row",children:r.key}),e("td",{children:r.count})]},r.key))})]})})]})}var cd=v(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),md=v(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),gd=v(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),ra=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function bt(t){return g(`event${t}`)}function cn({active:t}){return t?e(j,{tone:"success",icon:"✓",children:g("active")}):e(j,{tone:"neutral",icon:"■",children:g("inactive")})}function fd(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function oa(){let t=E(cd,{}),n=Le(),[i,o]=y(""),[r,s]=y(null),[d,a]=y(null),u=R(async p=>{await w(gd,{id:p.id}),a(null),s(null),o(g("deletedWebhookNotice",{url:p.url})),await t.reload()}),c=n("webhook","manage");return e("section",{children:[e("h1",{children:g("webhooksTitle")}),e("p",{children:g("webhooksIntro")}),e(U,{children:i}),r&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:g("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[g("secret"),": "]}),e("code",{children:r.secret})]}),e($,{onClick:()=>s(null),children:C("close")})]}),e(S,{error:t.error,onRetry:()=>{t.reload()},retryLabel:C("retry")}),!t.data&&!t.error&&e(B,{label:C("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:g("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("url")}),e("th",{scope:"col",children:g("events")}),e("th",{scope:"col",children:g("status")}),e("th",{scope:"col",children:g("createdAt")}),e("th",{scope:"col",children:g("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:C("empty")})}),t.data.webhooks.map(p=>e("tr",{children:[e("td",{class:"desk-break",children:p.url}),e("td",{children:p.events.map(bt).join("、")}),e("td",{children:e(cn,{active:p.active})}),e("td",{class:"desk-nowrap",children:M(p.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:O(`/desk/webhooks/${encodeURIComponent(p.id)}`),"aria-label":`${g("deliveryLog")}: ${p.url}`,children:g("deliveryLog")}),c&&e($,{variant:"danger","aria-label":`${g("deleteWebhook")}: ${p.url}`,"data-testid":`webhook-delete-${p.id}`,onClick:()=>a({id:p.id,url:p.url}),children:g("deleteWebhook")})]})})]},p.id))]})]})}),c&&e(yd,{onDone:(p,D)=>{s({url:p,secret:D}),o(g("registeredNotice",{url:p})),t.reload()}}),e(ae,{open:d!==null,title:d?g("deleteWebhookConfirm",{url:d.url}):"",confirmLabel:g("deleteWebhook"),danger:!0,busy:u.busy,onConfirm:()=>d&&void u.run(d),onCancel:()=>{u.clear(),a(null)},children:[e("p",{children:g("deleteWebhookBody")}),e(S,{error:u.error})]})]})}function yd({onDone:t}){let[n,i]=y(""),[o,r]=y(["CONTENT_PUBLISHED"]),[s,d]=y(!1),a=R(async()=>{let c=fd(),p=await w(md,{input:{url:n.trim(),events:o,secret:c}});i(""),t(p.registerWebhook.url,c)}),u=c=>a.error?.field===`input.${c}`?a.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:c=>{if(c.preventDefault(),o.length===0){d(!0);return}d(!1),a.run()},children:[e("h2",{id:"webhook-form-title",children:g("newWebhook")}),e(P,{label:g("url"),type:"url",required:!0,value:n,onInput:i,help:g("urlHelp"),error:u("url"),testid:"webhook-url",autocomplete:"off"}),e(H,{legend:g("events"),children:[ra.map(c=>e(Ce,{label:bt(c),checked:o.includes(c),testid:`webhook-event-${c}`,onChange:p=>r(p?ra.filter(D=>D===c||o.includes(D)):o.filter(D=>D!==c))},c)),(s||u("events"))&&e("p",{class:"field-error",role:"alert",children:u("events")??g("chooseEvent")})]}),e(S,{error:a.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"webhook-register",children:g("register")})})]})}var hd=v(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),aa=20,sa=100;function bd({status:t}){let n={PENDING:["warning","…",g("deliveryPENDING")],DELIVERED:["success","✓",g("deliveryDELIVERED")],FAILED:["danger","×",g("deliveryFAILED")]},[i,o,r]=n[t]??["neutral","?",t];return e(j,{tone:i,icon:o,children:r})}function la({params:t}){let[n,i]=y(aa),o=E(hd,{first:n}),r=e("p",{children:e("a",{href:O("/desk/webhooks"),children:["← ",g("backToWebhooks")]})});if(o.error)return e("section",{children:[r,e("h1",{children:g("webhookTitle")}),e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")})]});if(!o.data)return e(B,{label:C("loading")});let s=o.data.webhooks.find(a=>a.id===t.id);if(!s)return e("section",{children:[r,e("h1",{children:g("webhookTitle")}),e("p",{role:"alert",children:g("webhookMissing")})]});let d=s.deliveries;return e("section",{children:[r,e("h1",{children:[g("webhookTitle"),": ",e("span",{class:"desk-break",children:s.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:g("events")}),e("dd",{children:s.events.map(bt).join("、")}),e("dt",{children:g("status")}),e("dd",{children:e(cn,{active:s.active})}),e("dt",{children:g("createdAt")}),e("dd",{children:M(s.createdAt)})]}),e("h2",{children:g("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:g("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("queuedAt")}),e("th",{scope:"col",children:g("event")}),e("th",{scope:"col",children:g("status")}),e("th",{scope:"col",children:g("attempts")}),e("th",{scope:"col",children:g("lastStatusCode")}),e("th",{scope:"col",children:g("lastError")}),e("th",{scope:"col",children:g("nextAttemptAt")}),e("th",{scope:"col",children:g("deliveredAt")})]})}),e("tbody",{children:[d.length===0&&e("tr",{children:e("td",{colSpan:8,children:C("empty")})}),d.map(a=>e("tr",{children:[e("td",{class:"desk-nowrap",children:M(a.createdAt)}),e("td",{children:bt(a.event)}),e("td",{children:e(bd,{status:a.status})}),e("td",{children:a.attempts}),e("td",{children:a.lastStatusCode===0?g("noResponse"):a.lastStatusCode}),e("td",{class:"desk-break",children:a.lastError||"—"}),e("td",{class:"desk-nowrap",children:a.status==="PENDING"?M(a.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:a.deliveredAt?M(a.deliveredAt):"—"})]},a.id))]})]})}),d.length>=n&&n<sa&&e("div",{class:"actions",children:e($,{onClick:()=>i(Math.min(n+aa,sa)),busy:o.loading,"data-testid":"deliveries-more",children:g("showMore")})})]})}var da=[{path:"/desk/inquiries/:id",component:Zo,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:Xo,nav:{label:()=>g("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:qo,nav:{label:()=>g("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:zo,nav:{label:()=>g("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:la,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:oa,nav:{label:()=>g("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/custom-fields",component:Qo,nav:{label:()=>N("navCustomFields"),order:350},permission:{resource:"customField",action:"manage"}},{path:"/desk/audit",component:Vo,nav:{label:()=>g("navAudit"),order:340},permission:{resource:"audit",action:"read"}},{path:"/desk/settings",component:ea,nav:{label:()=>ie("navSettings"),order:360},permission:{resource:"municipality",action:"update"}},{path:"/desk/statistics",component:ia,nav:{label:()=>J("nav"),order:305},permission:{resource:"statistics",action:"readDesk"}}];var mt=[{path:"/",component:Vr,nav:{label:()=>C("home"),order:0}},...ro,...No,...da];function ua(t){let n=t.viewer.me;return e(T,{children:[e("a",{class:"skip",href:"#main",onClick:i=>{i.preventDefault(),document.getElementById("main")?.focus()},children:C("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",C("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:C("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(mn,{}),e($,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:C("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":C("mainNav"),children:e("ul",{children:t.nav.map(i=>{let o=t.current===i.path||i.path!=="/"&&t.current.startsWith(`${i.path}/`);return e("li",{children:e("a",{href:O(i.path),"aria-current":o?"page":void 0,children:i.label})},i.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function mn(){let t=me()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${C("language")}: ${C("switchLang")}`,onClick:()=>Hn(t),"data-testid":"lang-toggle",children:C("switchLang")})}var Dd=v(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function pa({notice:t}){let[n,i]=y(""),[o,r]=y(""),[s,d]=y(""),a=R(async()=>{let u=await w(Dd,{email:n,password:o},{municipality:s.trim()||void 0});Je(u.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(mn,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:C("appName")}),e("h2",{children:C("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),a.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:C("loginFailed")}):e(S,{error:a.error}),e("form",{onSubmit:u=>{u.preventDefault(),a.run()},children:[e(P,{label:C("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:i,testid:"login-email"}),e(P,{label:C("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:r,testid:"login-password"}),e(P,{label:C("municipality"),help:C("municipalityHelp"),value:s,onInput:d,autocomplete:"off",testid:"login-municipality"}),e($,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"login-submit",children:a.busy?C("signingIn"):C("signIn")})]})]})]})}var Cd=v(`
  mutation Logout {
    logout
  }
`);async function vd(){try{await w(Cd,{})}finally{Je(null)}}function Ad(){let[,t]=y(0),[n,i]=y(We()!==null),[o,r]=y(!1);return ee(()=>Kn(()=>t(s=>s+1)),[]),ee(()=>Qn(s=>{r(!s&&n),i(s)}),[n]),n?e(kd,{}):e(pa,{notice:o?C("errUnauthenticated"):void 0})}function kd(){let t=E(Br,{}),[n,i]=y(!1),o=Ur(),r=()=>{i(!0),vd().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e(S,{error:t.error,onRetry:()=>{t.reload()},retryLabel:C("retry")}),e($,{onClick:r,children:C("signOut")})]});if(!t.data)return e(B,{label:C("loading")});let s=t.data.me;if(!s||s.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:C("proposerOnly")}),e($,{onClick:r,children:C("signOut")})]});let d={me:s,municipality:t.data.municipality,permissions:t.data.permissions},a=mt.filter(p=>p.nav&&oe(d,p.permission)).sort((p,D)=>p.nav.order-D.nav.order).map(p=>({path:p.path,label:p.nav.label()})),u=jr(mt,o.path),c;if(!u||!oe(d,u.route.permission))c=e("section",{children:[e("h1",{children:C("notFound")}),e("p",{children:e("a",{href:"#/",children:C("backHome")})})]});else{let p=u.route.component;c=e(p,{params:u.params,query:o.query},o.path)}return e(nn.Provider,{value:d,children:e(ua,{viewer:d,nav:a,current:o.path,onSignOut:r,signingOut:n,children:c})})}document.documentElement.lang=me();Sn(e(Ad,{}),document.getElementById("app"));
